#!/bin/sh
# Restore the central record's cluster from a base backup (and the WAL archive) into a NEW data directory.
#   restore.sh BACKUP_DIR NEW_DATA_DIR WAL_ARCHIVE [TARGET]
# TARGET: backup  (default) the state at the end of the base backup;
#         latest  replay every archived WAL segment (after losing the primary's disk);
#         a time  e.g. '2026-12-04 23:00:00+00' (before a bad change, e.g. an operator's mistake).
# The damaged cluster is never touched: NEW_DATA_DIR must be empty or absent. Then start PostgreSQL
# on NEW_DATA_DIR (it recovers, then promotes and accepts writes) and, BEFORE letting terminals in,
#   workbench central restore-mark --database URL
# which gives the central record a new epoch: every terminal then re-pushes the changes it still
# holds, so what the restore lost comes back (DESIGN.md section 5, point 7).
set -eu
if [ $# -lt 3 ]; then
    echo "usage: restore.sh BACKUP_DIR NEW_DATA_DIR WAL_ARCHIVE [backup|latest|TIME]" >&2
    exit 2
fi
backup="$1"
data="$2"
archive="$3"
target="${4:-backup}"
if [ ! -f "$backup/PG_VERSION" ]; then
    echo "restore: $backup is not a base backup (no PG_VERSION)" >&2
    exit 2
fi
if [ -d "$data" ] && [ -n "$(ls -A "$data")" ]; then
    echo "restore: $data is not empty; restore into a new directory (the old one is kept for inspection)" >&2
    exit 2
fi
pg_verifybackup --quiet "$backup"
mkdir -p "$data"
chmod 700 "$data"
cp -a "$backup/." "$data/"
{
    echo ""
    echo "# -- added by restore.sh $(date -u +%Y-%m-%dT%H:%M:%SZ) --"
    echo "restore_command = 'cp \"$archive/%f\" \"%p\"'"
    case "$target" in
        backup) echo "recovery_target = 'immediate'" ;;
        latest) ;;
        *) echo "recovery_target_time = '$target'" ;;
    esac
    echo "recovery_target_action = 'promote'"
} >> "$data/postgresql.auto.conf"
touch "$data/recovery.signal"
echo "Restored $backup into $data (target: $target)."
echo "Next: start PostgreSQL on $data, then run: workbench central restore-mark --database URL"
