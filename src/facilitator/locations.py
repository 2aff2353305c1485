"""Where Facilitator keeps things on this computer - the default file, its backups, the
log, the settings - and whether a file lies somewhere SQLite cannot be trusted with it.

The default folder is the *local*, non-roaming app-data folder (``%LOCALAPPDATA%\\Facilitator``
on Windows): municipal laptops often redirect the roaming ``%APPDATA%`` to a server or
sync it, and SQLite's WAL does not work on network file systems. A file made by an older
version in the roaming folder is still found (:func:`default_document`), and the window
offers to move it.

QtCore only, so the command line can use it without loading any widgets.
"""

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

APP_NAME = "Facilitator"
DEFAULT_FILE = "facilitator.sqlite"
DEMO_FILE = "demo.sqlite"


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(kind))


def default_data_folder() -> Path:
    """The local (non-roaming) app-data folder: %LOCALAPPDATA%\\Facilitator on Windows,
    ~/Library/Application Support/Facilitator on macOS, ~/.local/share/Facilitator on Linux."""
    return _location(QStandardPaths.StandardLocation.AppLocalDataLocation)


def roaming_data_folder() -> Path:
    """Where versions before 0.2 kept the file (%APPDATA%\\Facilitator on Windows; the same
    folder as :func:`default_data_folder` elsewhere)."""
    return _location(QStandardPaths.StandardLocation.AppDataLocation)


def default_document() -> Path:
    """The user's usual file: in the local folder, or - made by an older version and not
    moved yet - in the roaming one, so an existing user's file keeps working."""
    local = default_data_folder() / DEFAULT_FILE
    old = roaming_data_folder() / DEFAULT_FILE
    if not local.exists() and old != local and old.exists():
        return old
    return local


def backups_folder() -> Path:
    """The automatic backups, a folder per document (see store/backups.py)."""
    return default_data_folder() / "Backups"


def log_folder() -> Path:
    """facilitator.log and its older rotations."""
    return default_data_folder() / "Logs"


def user_settings() -> QSettings:
    """The user's settings (language, the lead's name and email, window layout)."""
    return QSettings(APP_NAME, APP_NAME)


# -- places SQLite cannot be trusted with a file ---------------------------------------------

class Risk(StrEnum):
    NETWORK = "network"  # a share, a mapped drive, NFS/SMB: the WAL's shared memory does not work
    SYNCED = "synced"  # OneDrive, Dropbox...: the service copies the file (and its -wal) half way
    ROAMING = "roaming"  # the Windows roaming profile, copied to a server at logon and logoff


@dataclass(frozen=True)
class StorageRisk:
    risk: Risk
    service: str  # "OneDrive", "Dropbox", "\\\\server\\share", "nfs4"...


# Folder names sync clients create (matched case-insensitively, as a path component or its start).
SYNC_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive", "box": "Box", "box sync": "Box", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "pcloud drive": "pCloud",
}
# Environment variables that name a sync client's folder (Windows).
SYNC_VARIABLES = {"OneDrive": "OneDrive", "OneDriveCommercial": "OneDrive", "OneDriveConsumer": "OneDrive"}
NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs",
                        "fuse.sshfs", "sshfs", "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs", "lustre",
                        "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs"}


def storage_risk(path: Path, environ: dict[str, str] | None = None) -> StorageRisk | None:
    """Why ``path`` lies where a SQLite file is not safe, or None when it is a local folder."""
    environ = dict(os.environ) if environ is None else environ
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return StorageRisk(Risk.NETWORK, _share(text))
    found = _synced(path, environ) or _network_mount(path)
    if found:
        return found
    roaming = environ.get("APPDATA")
    if sys.platform == "win32" and roaming and _is_under(path, Path(roaming)):
        return StorageRisk(Risk.ROAMING, roaming)
    return None


def _share(text: str) -> str:
    parts = PureWindowsPath(text).parts
    return parts[0].rstrip("\\") if parts else text


def _synced(path: Path, environ: dict[str, str]) -> StorageRisk | None:
    for variable, service in SYNC_VARIABLES.items():
        root = environ.get(variable)
        if root and _is_under(path, Path(root)):
            return StorageRisk(Risk.SYNCED, service)
    parts = [part.casefold() for part in PurePath(path).parts]
    if "cloudstorage" in parts:  # macOS File Provider: ~/Library/CloudStorage/OneDrive-..., Dropbox, ...
        following = parts[parts.index("cloudstorage") + 1: parts.index("cloudstorage") + 2]
        name = following[0].split("-")[0] if following else "cloud storage"
        return StorageRisk(Risk.SYNCED, SYNC_FOLDERS.get(name, name))
    for part in parts:
        for folder, service in SYNC_FOLDERS.items():
            # "OneDrive - Region Gotland", "Dropbox (Personal)": the client's name starts the folder's.
            if part == folder or (len(folder) > 4 and part.startswith(folder + " ")):
                return StorageRisk(Risk.SYNCED, service)
    return None


def _network_mount(path: Path) -> StorageRisk | None:
    """The file system holding ``path``, from the mount table (psutil), when it is a network one."""
    try:
        import psutil

        partitions = psutil.disk_partitions(all=True)
        real = str(Path(path).resolve())
    except (OSError, RuntimeError, ImportError):
        return None
    best = None
    for partition in partitions:
        mount = partition.mountpoint
        if _is_under(Path(real), Path(mount)) and (best is None or len(mount) > len(best.mountpoint)):
            best = partition
    if best is None:
        return None
    remote = "remote" in best.opts.split(",") or best.fstype.lower() in NETWORK_FILE_SYSTEMS
    return StorageRisk(Risk.NETWORK, best.device or best.fstype) if remote else None


def _is_under(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.normcase(str(path))).relative_to(os.path.normcase(str(folder)))
    except ValueError:
        return False
    return True
