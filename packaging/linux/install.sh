#!/bin/sh
# Install Facilitator for this user (no root): the application folder under
# ~/.local/lib/facilitator, the commands in ~/.local/bin, and the menu entry, metainfo
# and icons under ~/.local/share. Run it again to update; `./install.sh --uninstall`
# removes it again (your Facilitator files and settings are kept).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.facilitator_se.Facilitator
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/facilitator
bin=$HOME/.local/bin

remove() {
    rm -rf "$lib"
    rm -f "$bin/facilitator" "$bin/facilitator-cli" "$data/applications/$app_id.desktop" \
        "$data/metainfo/$app_id.metainfo.xml"
    find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
}

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh
    echo "Facilitator removed. Your files in $data/Facilitator are kept."
    exit 0
fi

remove
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo" "$data/icons"
cp -R "$here/_internal" "$here/facilitator" "$here/facilitator-cli" "$lib/"
ln -s "$lib/facilitator" "$bin/facilitator"
ln -s "$lib/facilitator-cli" "$bin/facilitator-cli"
# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=facilitator|Exec=$lib/facilitator|" -e "s|^TryExec=facilitator|TryExec=$lib/facilitator|" \
    "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons/hicolor" "$data/icons/"
refresh
version=$("$lib/facilitator-cli" --version)
echo "$version installed: in your applications menu, or run $bin/facilitator"
