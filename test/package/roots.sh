# Debian roots for the package checks (sourced by test/package/*): each is a
# private copy of the base tarball /tmp/pgMAJOR-base.tar that
# ../shared/tools/pg-major makes (bookworm with PostgreSQL 15, trixie 17,
# sid 18).  The roots need root (chroot, mount) and reach only the Debian
# mirror the base was made from.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# base_tar MAJOR: the base tarball, made by pg-major if it is missing
base_tar() {
	local f=/tmp/pg$1-base.tar
	if [ ! -f "$f" ]; then
		echo "no $f: making it with ../shared/tools/pg-major $1 (once, a few minutes)" >&2
		(cd "$top" && env -u PG_CONFIG -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ../shared/tools/pg-major "$1" true >&2) || return 1
	fi
	echo "$f"
}

# root_new DIR MAJOR: DIR becomes a fresh root of MAJOR's base
root_new() {
	local base
	base=$(base_tar "$2") || return 1
	root_down "$1"
	# never remove a root that still has /dev or /proc mounted in it
	if grep -q " $1/" /proc/mounts; then echo "$1 still has mounts: not removed" >&2; return 1; fi
	rm -rf "$1" && mkdir -p "$1" && tar xf "$base" -C "$1" || return 1
}

root_up() {
	root_down "$1"
	mount -t proc proc "$1/proc" && mount --bind /dev "$1/dev" && mount -t tmpfs tmpfs "$1/dev/shm" &&
		mount --bind /dev/pts "$1/dev/pts"
}

root_down() {
	[ -d "$1/proc" ] || return 0
	local d
	for d in dev/pts dev/shm dev proc; do
		if mountpoint -q "$1/$d"; then umount "$1/$d" || return 1; fi
	done
	return 0
}

# root_run DIR COMMAND: COMMAND in bash in the root, as root, apt non-interactive
root_run() {
	chroot "$1" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
		DEBIAN_FRONTEND=noninteractive bash -c "$2"
}

# major_of_host: the PostgreSQL major of this machine's newest server, if any
major_of_host() {
	ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sed 's|/usr/lib/postgresql/\([0-9]*\)/.*|\1|' | sort -n | tail -1
}

# release_commit VERSION: the commit that released VERSION: its tag vVERSION,
# else the last commit whose control file installs VERSION by default
release_commit() {
	local v=$1 c
	if c=$(git -C "$top" rev-parse -q --verify "refs/tags/v$v^{commit}"); then echo "$c"; return 0; fi
	c=$(git -C "$top" log -1 --format=%H -G"^default_version = '$v'" -- circular_ict.control) || return 1
	[ -n "$c" ] || return 1
	if git -C "$top" show "$c:circular_ict.control" | grep -q "^default_version = '$v'"; then
		echo "$c"
	else
		git -C "$top" rev-parse "$c^"
	fi
}

# released_versions: the versions whose install script is frozen, oldest first
released_versions() {
	(cd "$top" && git ls-files 'circular_ict--*.sql') | sed -n 's/^circular_ict--\([0-9.]*\)\.sql$/\1/p' | sort -V
}
