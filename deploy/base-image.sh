#!/bin/sh
# A Debian 12 base image without a registry: debootstrap a minimal root file
# system from the Debian mirror apt already uses, and import it.
#   sh deploy/base-image.sh [NAME]      (default litecode-base:bookworm; needs root)
set -eu
name=${1:-litecode-base:bookworm}
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
mirror=${mirror:-http://deb.debian.org/debian}
dir=$(mktemp -d /tmp/litecode-rootfs.XXXXXX)
trap 'rm -rf "$dir"' EXIT
debootstrap --variant=minbase bookworm "$dir" "$mirror" >/dev/null
# the image's apt reads the same mirror
echo "deb $mirror bookworm main" >"$dir/etc/apt/sources.list"
echo "deb $mirror bookworm-updates main" >>"$dir/etc/apt/sources.list"
tar -C "$dir" -c . | docker import - "$name" >/dev/null
echo "$name"
