#!/usr/bin/env bash
# Puts a backup made by scripts/backup.sh back, checks it on the way in and what it restored, and never asks.
# Stop the portal first (every node, on PostgreSQL), and run this as the user the portal runs as, so that it owns
# what is restored (runuser -u portal -- restore.sh …).
#
#   SQLite (one machine):
#     restore.sh [--force] [--files <uploads folder>] <backup> <data folder>
#   PostgreSQL (several web nodes):
#     restore.sh --postgresql [--force] [--dbname <connection>] --files <uploads folder> <backup>
#
#   <backup>          one backup: a folder <backup folder>/<UTC time> that backup.sh wrote
#   <data folder>     Portal:DataPath to restore into; made if missing
#   --files           the uploads folder to restore into, Portal:Files:Path; for SQLite <data folder>/files by default
#   --dbname          a libpq connection to the database to restore into (a URL postgresql://portal@db:5432/portal
#                     or 'host=db dbname=portal user=portal'); without it, PGDATABASE and the other PG* variables
#   --force           restore over what is there: SQLite's portal.db (and -wal, -shm), the uploads folder and the
#                     search index are deleted first; a PostgreSQL database has the backup's objects dropped first
#
# Without --force it refuses a data folder or uploads folder that is not empty, and a database that has any table.
# Create an empty database first: createdb -O portal portal.
set -euo pipefail

usage() {
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit "${1:-2}"
}
fail() { echo "restore.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs $1 (Debian: apt-get install $2)"; }
is_empty_folder() { [ ! -e "$1" ] || { [ -d "$1" ] && [ -z "$(ls -A "$1")" ]; }; }

MODE=sqlite
DBNAME=""
FILES=""
FORCE=false
while [ $# -gt 0 ]; do
    case "$1" in
        --postgresql) MODE=postgresql; shift ;;
        --dbname) [ $# -ge 2 ] || usage; DBNAME="$2"; shift 2 ;;
        --files) [ $# -ge 2 ] || usage; FILES="$2"; shift 2 ;;
        --force) FORCE=true; shift ;;
        -h|--help) usage 0 ;;
        --) shift; break ;;
        -*) echo "restore.sh: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done

if [ "$MODE" = sqlite ]; then
    [ $# -eq 2 ] || usage
    BACKUP="$1"
    DATA="$2"
    FILES="${FILES:-$DATA/files}"
    DATABASE_FILE=portal.db
    need sqlite3 sqlite3
else
    [ $# -eq 1 ] || usage
    BACKUP="$1"
    [ -n "$FILES" ] || fail "name the uploads folder to restore into with --files (Portal:Files:Path)"
    DBNAME="${DBNAME:-${PGDATABASE:-}}"
    [ -n "$DBNAME" ] || fail "name the database with --dbname postgresql://… or PGDATABASE"
    DATABASE_FILE=portal.dump
    need pg_restore postgresql-client
    need psql postgresql-client
fi

# --- The backup: complete and unchanged since it was written ------------------------------------------------
[ -f "$BACKUP/$DATABASE_FILE" ] || fail "$BACKUP has no $DATABASE_FILE: name one backup folder (<backup folder>/<UTC time>) of the right kind"
[ -f "$BACKUP/SHA256SUMS" ] || fail "$BACKUP has no SHA256SUMS: it is not a complete backup"
(cd "$BACKUP" && sha256sum --quiet --strict --check SHA256SUMS) || fail "$BACKUP does not match its SHA256SUMS: it is damaged"

# --- Where it goes: empty, unless --force -----------------------------------------------------------------------
if [ "$MODE" = sqlite ]; then
    if ! is_empty_folder "$DATA"; then
        $FORCE || fail "$DATA is not empty; restore into an empty folder, or give --force to replace portal.db, the uploads and the search index there"
        # The search index remembers how far it read the search queue; a restored queue may be behind that mark.
        rm -rf "$DATA/portal.db" "$DATA/portal.db-wal" "$DATA/portal.db-shm" "$DATA/portal.db.restoring" "$DATA/search-index"
    fi
fi

if ! is_empty_folder "$FILES"; then
    $FORCE || fail "$FILES is not empty; restore into an empty folder, or give --force to replace the uploads there"
    find "$FILES" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
fi

psql_value() { psql --no-psqlrc --no-password --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 --dbname="$DBNAME" -c "$1"; }
user_tables="SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"

if [ "$MODE" = postgresql ]; then
    existing=$(psql_value "$user_tables") || fail "cannot reach the database named by '$DBNAME'"
    if [ "$existing" != 0 ] && ! $FORCE; then
        fail "the database named by '$DBNAME' has $existing tables; restore into an empty database (createdb -O portal portal), or give --force to drop the backup's objects there first"
    fi
fi

# --- Restore ----------------------------------------------------------------------------------------------------
if [ "$MODE" = sqlite ]; then
    mkdir -p "$DATA"
    cp "$BACKUP/portal.db" "$DATA/portal.db.restoring"
    check=$(sqlite3 "$DATA/portal.db.restoring" "PRAGMA integrity_check;")
    [ "$check" = ok ] || fail "the restored portal.db failed its integrity check: $check"
    mv "$DATA/portal.db.restoring" "$DATA/portal.db"
    cmp -s "$BACKUP/portal.db" "$DATA/portal.db" || fail "$DATA/portal.db differs from the backup"
else
    contents=$(pg_restore --list "$BACKUP/portal.dump") || fail "pg_restore cannot read $BACKUP/portal.dump"
    clean=()
    $FORCE && clean=(--clean --if-exists)
    # One transaction: a restore that fails leaves the database as it was. The objects belong to the user that
    # restores (the portal's), whatever user owned them where the dump was taken.
    pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --no-password "${clean[@]}" \
        --dbname="$DBNAME" "$BACKUP/portal.dump"
    # pg_restore brings no planner statistics; without them the first queries are planned blind.
    psql_value "ANALYZE" >/dev/null
    expected=$(grep -c ' TABLE DATA ' <<<"$contents" || true)
    restored=$(psql_value "$user_tables")
    [ "$restored" -ge "$expected" ] || fail "the dump holds $expected tables but the database has $restored"
fi

mkdir -p "$FILES"
if [ -n "$(ls -A "$BACKUP/files")" ]; then
    cp -a "$BACKUP/files/." "$FILES/"
fi
diff -r -q "$BACKUP/files" "$FILES" >/dev/null || fail "$FILES differs from the backup's files/"

case "$MODE" in
    sqlite) echo "Restored $BACKUP into $DATA (uploads in $FILES). Start the portal; it rebuilds the search index." ;;
    postgresql) echo "Restored $BACKUP into the database named by '$DBNAME' (uploads in $FILES). Delete <DataPath>/search-index on every node, then start them." ;;
esac
