# Sourced by the image's entrypoint and `newswatch` command (POSIX sh): who newswatch runs as.
# run_as UID GID CMD...: exec CMD as that user for good (setpriv, util-linux); root stays root.
config_dir=${NEWSWATCH_CONFIG_DIR:-/app/config}
app=/opt/newswatch/bin/newswatch

numeric() { case "$1" in ''|*[!0-9]*) return 1 ;; *) return 0 ;; esac; }

read_config_owner() {
  # Sets owner_uid and owner_gid: who owns the mounted config folder (root when unreadable).
  # shellcheck disable=SC2046
  set -- $(stat -c '%u %g' "$config_dir" 2>/dev/null || echo "0 0")
  owner_uid=$1 owner_gid=$2
}

run_as() {
  uid=$1 gid=$2; shift 2
  [ "$uid" = 0 ] && exec "$@"
  if getent passwd "$uid" >/dev/null; then groups=--init-groups; else groups=--clear-groups; fi
  exec setpriv --reuid "$uid" --regid "$gid" "$groups" -- "$@"
}
