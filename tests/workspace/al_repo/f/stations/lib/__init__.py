"""Station equipment helpers (displays, platforms, announcements)."""
