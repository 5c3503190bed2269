#!/usr/bin/env bash
# Backs up the portal while it runs, into a new folder <backup folder>/<UTC time>, checks what it wrote, and keeps
# the last KEEP backups (default 14). scripts/restore.sh puts a backup back.
#
#   SQLite (one machine):
#     backup.sh [--files <uploads folder>] <data folder> <backup folder>
#   PostgreSQL (several web nodes):
#     backup.sh --postgresql [--dbname <connection>] --files <uploads folder> <backup folder>
#
#   <data folder>     Portal:DataPath (portal.db in it)
#   --files           the uploads folder, Portal:Files:Path; for SQLite <data folder>/files by default
#   --dbname          a libpq connection: a URL (postgresql://portal@db.internal:5432/portal) or
#                     'host=db.internal dbname=portal user=portal'; without it, PGDATABASE and the other PG*
#                     variables. The password comes from ~/.pgpass or PGPASSWORD: nothing ever prompts.
#
# What a backup holds: portal.db (SQLite's online backup API: a consistent copy while the portal writes, WAL
# included, checked with PRAGMA integrity_check) or portal.dump (pg_dump -Fc, one consistent snapshot, checked by
# reading its table of contents with pg_restore --list); files/ (the uploads); SHA256SUMS (checksums of both,
# which restore.sh checks before it restores anything). A backup is written under .partial-<time> and renamed
# only when complete, so a failed run leaves no folder that looks like a backup.
# Needs sqlite3 (SQLite) or pg_dump and pg_restore (PostgreSQL; Debian: postgresql-client); rsync is optional.
set -euo pipefail

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit "${1:-2}"
}
fail() { echo "backup.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs $1 (Debian: apt-get install $2)"; }

MODE=sqlite
DBNAME=""
FILES=""
while [ $# -gt 0 ]; do
    case "$1" in
        --postgresql) MODE=postgresql; shift ;;
        --dbname) [ $# -ge 2 ] || usage; DBNAME="$2"; shift 2 ;;
        --files) [ $# -ge 2 ] || usage; FILES="$2"; shift 2 ;;
        -h|--help) usage 0 ;;
        --) shift; break ;;
        -*) echo "backup.sh: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done

KEEP="${KEEP:-14}"
[[ "$KEEP" =~ ^[1-9][0-9]*$ ]] || fail "KEEP must be a positive number, not '$KEEP'"

if [ "$MODE" = sqlite ]; then
    [ $# -eq 2 ] || usage
    DATA="$1"
    TARGET_ROOT="$2"
    FILES="${FILES:-$DATA/files}"
    need sqlite3 sqlite3
    [ -f "$DATA/portal.db" ] || fail "no portal.db in $DATA"
else
    [ $# -eq 1 ] || usage
    TARGET_ROOT="$1"
    [ -n "$FILES" ] || fail "name the uploads folder with --files (Portal:Files:Path)"
    DBNAME="${DBNAME:-${PGDATABASE:-}}"
    [ -n "$DBNAME" ] || fail "name the database with --dbname postgresql://… or PGDATABASE"
    need pg_dump postgresql-client
    need pg_restore postgresql-client
fi

mkdir -p "$TARGET_ROOT"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
TARGET="$TARGET_ROOT/$STAMP"
WORK="$TARGET_ROOT/.partial-$STAMP"
[ ! -e "$TARGET" ] || fail "$TARGET exists already"
mkdir "$WORK"
trap 'rm -rf "$WORK"' EXIT

# Completed backups are named by their time; .partial-* folders are not among them.
completed() { find "$TARGET_ROOT" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*T*Z' | sort; }

if [ "$MODE" = sqlite ]; then
    # .backup copies page by page through the backup API and restarts when the portal writes in between;
    # the busy timeout lets it wait for a write in progress instead of failing.
    sqlite3 "$DATA/portal.db" ".timeout 30000" ".backup '${WORK//\'/\'\'}/portal.db'"
    check=$(sqlite3 "$WORK/portal.db" "PRAGMA integrity_check;")
    [ "$check" = ok ] || fail "the copy of portal.db failed its integrity check: $check"
    [ "$(sqlite3 "$WORK/portal.db" "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory';")" = 1 ] \
        || fail "$DATA/portal.db is not a portal database (it has no __EFMigrationsHistory table)"
    DATABASE_FILE=portal.db
else
    pg_dump --format=custom --no-password --dbname="$DBNAME" --file="$WORK/portal.dump"
    contents=$(pg_restore --list "$WORK/portal.dump") || fail "pg_restore cannot read the dump it was given"
    grep -q 'TABLE DATA [^ ]* __EFMigrationsHistory' <<<"$contents" \
        || fail "the database named by '$DBNAME' is not a portal database (no __EFMigrationsHistory table in the dump)"
    DATABASE_FILE=portal.dump
fi

if [ -d "$FILES" ]; then
    # Uploads are written once under new names (unfinished ones wait in .incoming), so a plain copy is consistent.
    # With rsync, files unchanged since the previous backup are hard links to it and take no space twice.
    previous=$(completed | tail -n 1)
    if command -v rsync >/dev/null 2>&1 && [ -n "$previous" ] && [ -d "$previous/files" ]; then
        rsync -a --delete --exclude=/.incoming --link-dest="$previous/files" "$FILES/" "$WORK/files/"
    else
        cp -a "$FILES" "$WORK/files"
        rm -rf "$WORK/files/.incoming"
    fi
else
    echo "backup.sh: no uploads folder at $FILES; backing up the database only" >&2
    mkdir "$WORK/files"
fi

(cd "$WORK" && find "$DATABASE_FILE" files -type f -print0 | sort -z | xargs -0 sha256sum) > "$WORK/SHA256SUMS"

mv "$WORK" "$TARGET"
trap - EXIT
completed | head -n -"$KEEP" | xargs -r rm -rf
echo "Backed up to $TARGET ($(du -sh "$TARGET" | cut -f1))"
