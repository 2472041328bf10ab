git_ref="${1:-main}"
set -euo pipefail
workdir=$(mktemp -d)
git clone --depth 1 --branch "$git_ref" https://git.lab.example/arm-firmware.git "$workdir" >&2
make -C "$workdir" release >&2
image="arm-fw-$(git -C "$workdir" rev-parse --short HEAD).bin"
curl -sf -T "$workdir/build/arm.bin" "https://artifacts.lab.example/firmware/$image" >&2
echo "https://artifacts.lab.example/firmware/$image"
