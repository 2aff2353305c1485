"""Pack the frozen application for download, and print its sizes (download and on disk).

    python packaging/archive.py dist/Facilitator build/icons

Linux:   dist/Facilitator-<version>-linux-<machine>.tar.gz - the folder, the desktop entry,
         AppStream metainfo and icons under share/, and install.sh (per user, no root).
Windows: dist/Facilitator-<version>-windows-<machine>.zip - the folder, to run in place
         (the installer is made from the same folder by packaging/windows/facilitator.iss).
macOS:   dist/Facilitator-<version>-macos-<machine>.dmg - Facilitator.app, made by hdiutil.
"""

import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from facilitator import APP_ID, __version__

PACKAGING = Path(__file__).resolve().parent
MIB = 1024 * 1024


def machine() -> str:
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())


def disk_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def linux_tarball(folder: Path, icons: Path, output: Path) -> None:
    top = f"Facilitator-{__version__}"

    def add(tar: tarfile.TarFile, source: Path, name: str) -> None:
        tar.add(source, arcname=f"{top}/{name}")

    with tarfile.open(output, "w:gz") as tar:
        for path in sorted(folder.iterdir()):
            add(tar, path, path.name)
        add(tar, PACKAGING / "linux" / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop")
        add(tar, PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml")
        add(tar, icons / "hicolor", "share/icons/hicolor")
        add(tar, PACKAGING / "linux" / "install.sh", "install.sh")


def windows_zip(folder: Path, output: Path) -> None:
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path("Facilitator") / path.relative_to(folder))


def macos_dmg(folder: Path, output: Path) -> None:
    app = folder.parent / "Facilitator.app"
    staging = folder.parent / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")  # drag the app here to install it
    output.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", f"Facilitator {__version__}", "-srcfolder", str(staging),
                    "-format", "UDZO", "-ov", str(output)], check=True)
    shutil.rmtree(staging)


def main(folder: Path, icons: Path) -> None:
    stem = folder.parent / f"Facilitator-{__version__}"
    if sys.platform == "win32":
        output = Path(f"{stem}-windows-{machine()}.zip")
        windows_zip(folder, output)
    elif sys.platform == "darwin":
        output = Path(f"{stem}-macos-{machine()}.dmg")
        macos_dmg(folder, output)
    else:
        output = Path(f"{stem}-linux-{machine()}.tar.gz")
        linux_tarball(folder, icons, output)
    print(f"{output}: download {output.stat().st_size / MIB:.1f} MiB; "
          f"{folder}: on disk {disk_size(folder) / MIB:.1f} MiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
