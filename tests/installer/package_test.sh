#!/usr/bin/env bash
# Builds the Debian package from the build tree, unpacks it into a scratch root
# and runs what it installed; then the desktop entry, metainfo and package
# validators. Exit code 77 (skipped) when a packaging tool is absent.
set -euo pipefail
build_dir=$1
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (./dev.sh installs the packaging tools)"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$scratch/dist" >"$scratch/cpack.log") \
    || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/dist/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"

echo "== run from the unpacked package"
# Outputs are captured first: `grep -q` closing a pipe early would make the
# writer fail under pipefail.
expect() { # expect TEXT OUTPUT
    case "$2" in *"$1"*) ;; *) echo "expected “$1” in: $2"; exit 1 ;; esac
}
expect "dutydesk-cli 0.1.0" "$("$root/usr/bin/dutydesk-cli" --version)"
expect "Database ready" "$(XDG_DATA_HOME="$scratch/data" "$root/usr/bin/dutydesk-cli" --lang en \
    --database "$scratch/sample.db" init --sample)"
expect '"on_duty"' "$("$root/usr/bin/dutydesk-cli" --database "$scratch/sample.db" --json \
    who "thai phien" --at "2023-04-30 20:00")"
expect "0.1.0" "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/dutydesk" --version)"

echo "== what it installs"
for f in usr/share/applications/vn.dutydesk.DutyDesk.desktop \
         usr/share/metainfo/vn.dutydesk.DutyDesk.metainfo.xml \
         usr/share/mime/packages/vn.dutydesk.DutyDesk.xml \
         usr/share/icons/hicolor/scalable/apps/vn.dutydesk.DutyDesk.svg \
         usr/share/icons/hicolor/48x48/apps/vn.dutydesk.DutyDesk.png \
         usr/share/man/man1/dutydesk.1.gz usr/share/man/man1/dutydesk-cli.1.gz \
         usr/share/doc/dutydesk/copyright usr/share/doc/dutydesk/changelog.gz; do
    [ -f "$root/$f" ] || { echo "missing: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
expect "libqt6sql6-sqlite" "$depends"
expect "fonts-croscore" "$depends"

echo "== validators"
desktop-file-validate "$root/usr/share/applications/vn.dutydesk.DutyDesk.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/vn.dutydesk.DutyDesk.metainfo.xml"
lintian --fail-on error --allow-root "$deb"
echo "package test passed"
