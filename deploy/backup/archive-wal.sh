#!/bin/sh
# PostgreSQL archive_command: copy one finished WAL segment into the archive, durably.
#   archive_command = '/opt/workbench/backup/archive-wal.sh %p %f /var/lib/postgresql/wal-archive'
# Exit 0 only when the segment is safely in the archive: PostgreSQL keeps (and retries) a segment
# until then. A segment already archived with the same bytes (a retry after a crash) is fine; with
# different bytes it is an error, never overwritten.
set -eu
src="$1"
name="$2"
archive="${3:-${WAL_ARCHIVE:-/var/lib/postgresql/wal-archive}}"
mkdir -p "$archive"
if [ -f "$archive/$name" ]; then
    if cmp -s "$src" "$archive/$name"; then
        exit 0
    fi
    echo "archive-wal: $name is already archived with different content; not overwritten" >&2
    exit 1
fi
cp "$src" "$archive/$name.partial"
sync "$archive/$name.partial"
mv "$archive/$name.partial" "$archive/$name"
sync "$archive"
