#!/usr/bin/env bash
# Backs up a single-machine portal while it runs: the SQLite database through SQLite's online backup API
# (sqlite3's .backup: a consistent copy even while the portal writes, WAL included), checked with
# PRAGMA integrity_check, and the uploaded files. Keeps the last KEEP backups.
#
#   bash scripts/backup.sh /var/lib/portal /var/backups/portal
#   KEEP=30 bash scripts/backup.sh <data folder> <backup folder>
#
# <data folder> is Portal:DataPath (portal.db and files/ in it). Needs the sqlite3 command (Debian: sqlite3).
# Restore: stop the portal, copy portal.db from a backup over <data folder>/portal.db (delete portal.db-wal and
# portal.db-shm), copy files/ back, start the portal.
set -euo pipefail

DATA="${1:?usage: backup.sh <data folder> <backup folder>}"
TARGET_ROOT="${2:?usage: backup.sh <data folder> <backup folder>}"
KEEP="${KEEP:-14}"
command -v sqlite3 >/dev/null 2>&1 || { echo "backup.sh needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
[ -f "$DATA/portal.db" ] || { echo "No portal.db in $DATA" >&2; exit 1; }

TARGET="$TARGET_ROOT/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$TARGET"

# .backup copies page by page through the backup API and restarts when the portal writes in between;
# the busy timeout lets it wait for a write in progress instead of failing.
sqlite3 "$DATA/portal.db" ".timeout 30000" ".backup '$TARGET/portal.db'"
check=$(sqlite3 "$TARGET/portal.db" "PRAGMA integrity_check;")
if [ "$check" != "ok" ]; then
    echo "The backup in $TARGET failed its integrity check: $check" >&2
    exit 1
fi

if [ -d "$DATA/files" ]; then
    # Uploads are written once under new names, so a plain copy is consistent. With rsync, files unchanged since
    # the previous backup are hard links to it and take no space twice.
    previous=$(find "$TARGET_ROOT" -mindepth 1 -maxdepth 1 -type d ! -path "$TARGET" | sort | tail -n 1)
    if command -v rsync >/dev/null 2>&1 && [ -n "$previous" ] && [ -d "$previous/files" ]; then
        rsync -a --delete --link-dest="$previous/files" "$DATA/files/" "$TARGET/files/"
    else
        cp -a "$DATA/files" "$TARGET/files"
    fi
fi

find "$TARGET_ROOT" -mindepth 1 -maxdepth 1 -type d | sort | head -n -"$KEEP" | xargs -r rm -rf
echo "Backed up to $TARGET ($(du -sh "$TARGET" | cut -f1))"
