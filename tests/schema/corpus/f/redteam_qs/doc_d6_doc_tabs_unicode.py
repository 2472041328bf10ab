async def main(ville: str, größe: int = 1):
	"""Résumé.

	Args:
		ville: la ville — « Paris »
		größe: die Größe
	"""
	return ville
