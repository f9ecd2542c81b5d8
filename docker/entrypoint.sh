#!/bin/sh
# The container's start: as root, just long enough to create the drop folders and the state
# folder and hand them to the service user, then newswatch runs as that user for good.
# The service user: NEWSWATCH_UID/NEWSWATCH_GID when set, else the owner of the mounted config
# folder (the person who cloned the project, who also puts files in drops/inbox), else 10001.
set -eu
. /usr/local/lib/newswatch/identity.sh

[ "$(id -u)" = 0 ] || exec "$app" "$@"

read_config_owner
if [ -n "${NEWSWATCH_UID:-}" ]; then uid=$NEWSWATCH_UID gid=${NEWSWATCH_GID:-10001}
elif [ "$owner_uid" != 0 ]; then uid=$owner_uid gid=${NEWSWATCH_GID:-$owner_gid}
else uid=10001 gid=${NEWSWATCH_GID:-10001}; fi
for id in "$uid" "$gid"; do
  numeric "$id" && [ "$id" != 0 ] || { echo "newswatch: NEWSWATCH_UID/GID must be non-zero numbers, got '$id'" >&2; exit 2; }
done

drops=${NEWSWATCH_DROP_DIR:-/app/drops}
state=${NEWSWATCH_STATE_DIR:-/app/var}
for dir in "$drops" "$drops/inbox" "$drops/processed" "$drops/failed" "$state"; do
  mkdir -p "$dir"
  chown "$uid:$gid" "$dir"
  chmod u+rwx,o-w "$dir"   # nothing world-writable
done

run_as "$uid" "$gid" "$app" "$@"
