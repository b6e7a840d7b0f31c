#!/bin/sh
# Packs the built app folder (dist/okr-workshop) into a tarball people unpack and run:
# the app in app/, a launcher, a desktop entry, the icon, a script that adds the app
# to the menu, and a short README. Prints the tarball's path.
set -eu
built=${1:?the built app folder}
version=${2:?the version}
here=$(dirname "$(readlink -f "$0")")
name="okr-workshop-$version-linux-$(uname -m)"
dist=$(dirname "$built")
stage="$dist/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp -a "$built" "$stage/app"
cp "$here/okr-workshop" "$here/add-to-menu" "$here/okr-workshop.desktop" "$here/README.txt" \
  "$here/../okr-workshop.svg" "$stage/"
tar -C "$dist" -czf "$dist/$name.tar.gz" "$name"
rm -rf "$stage"
echo "$dist/$name.tar.gz"
