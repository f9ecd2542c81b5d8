#!/bin/sh
# `newswatch` on the image's PATH, for `docker compose exec SERVICE newswatch ...` and the
# healthchecks. Started as root, it runs as the owner of the mounted config folder, so that
# `feeds import` can write config/feeds.yaml and the file stays that person's.
set -eu
. /usr/local/lib/newswatch/identity.sh

[ "$(id -u)" = 0 ] || exec "$app" "$@"
read_config_owner
run_as "$owner_uid" "$owner_gid" "$app" "$@"
