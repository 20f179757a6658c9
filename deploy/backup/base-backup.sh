#!/bin/sh
# A base backup of the central record's PostgreSQL cluster, checked with pg_verifybackup.
#   base-backup.sh [BACKUP_ROOT]          (default $BACKUP_ROOT or /var/backups/workbench)
# Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER; a role with REPLICATION).
# Prints the directory written (BACKUP_ROOT/base-<UTC time>). With continuous WAL archiving
# (archive-wal.sh) a base backup plus the archive restores to any moment after it (restore.sh).
# Run it daily (cron or a systemd timer); keep at least two, and the WAL since the older one.
set -eu
root="${1:-${BACKUP_ROOT:-/var/backups/workbench}}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dest="$root/base-$stamp"
mkdir -p "$root"
# Plain format with the WAL it needs streamed alongside: restorable on its own to the end of the backup.
pg_basebackup --pgdata="$dest.partial" --format=plain --wal-method=stream --checkpoint=fast \
    --label="workbench central $stamp" --no-password
pg_verifybackup --quiet "$dest.partial"
mv "$dest.partial" "$dest"
echo "$dest"
