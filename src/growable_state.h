/*
 * src/growable_state.h
 *		The aggregate state grown in place, shared by lifetable
 *		(lifetable.c), weighted_median (median.c) and age_profile
 *		(age_profile.c), and the checks around it.
 *
 * A growable state is a varlena: a header, then one or more arrays of
 * "capacity" items each, one after the other.  Its varlena size covers the
 * allocated capacity, so that the slack survives the copies the executor
 * makes of a state; a uint32 "used" in the header says how many items of
 * each array hold data.  The transition and combine functions write into
 * the slack and hand back the same state while there is room, and a larger
 * copy (capacity doubled) when there is not.  Each state describes its
 * layout in a GrowableLayout; its header keeps its own fields (a magic
 * number, a format) and its own order of them.
 *
 * Alignment.  The arrays hold float8 and int64, which must be read at
 * MAXALIGNed addresses, and a state made here is palloc'd, so MAXALIGNed.
 * A state a parallel worker hands back is not always: it arrives in the
 * tuple of the worker's Partial Aggregate, as a column of the state type,
 * aligned only as that type is.  bytea (weighted_median, age_profile) is
 * int-aligned, so after an int4 group key the state starts 4 bytes past an
 * 8-byte boundary, and the Finalize Aggregate hands that pointer to the
 * combine function as it is (sql/parallel_states.sql builds that plan; the
 * memcheck check's UBSan reported the misaligned loads before
 * growable_getarg copied such states).  lifetable is double-aligned, so its
 * states arrive aligned; it is fetched the same way all the same.  A
 * varlena short enough for a 1-byte header is copied by detoasting anyway.
 * growable_getarg gives every state MAXALIGNed: as it is when it is, else
 * a copy.
 */
#ifndef CIRCULAR_ICT_GROWABLE_STATE_H
#define CIRCULAR_ICT_GROWABLE_STATE_H

#include "postgres.h"

#include "fmgr.h"

#include "compat.h"

/* The most arrays a state may hold */
#define GROWABLE_MAX_ARRAYS 3

/* Where a state keeps its counts, and how wide its arrays are */
typedef struct GrowableLayout
{
	Size		header;			/* bytes before the first array (MAXALIGNed) */
	Size		used_at;		/* offset of the uint32 count of items used */
	Size		capacity_at;	/* offset of the uint32 capacity */
	int			narrays;
	Size		width[GROWABLE_MAX_ARRAYS]; /* bytes per item of each array */
} GrowableLayout;

/* The items a state holds data in */
static inline uint32
growable_used(const GrowableLayout *layout, const void *state)
{
	return *(const uint32 *) ((const char *) state + layout->used_at);
}

/* The items a state has room for */
static inline uint32
growable_capacity(const GrowableLayout *layout, const void *state)
{
	return *(const uint32 *) ((const char *) state + layout->capacity_at);
}

/* Sets the number of items a state holds data in */
static inline void
growable_set_used(const GrowableLayout *layout, void *state, uint32 used)
{
	*(uint32 *) ((char *) state + layout->used_at) = used;
}

/* The varlena size of a state with room for capacity items */
extern Size growable_size(const GrowableLayout *layout, uint32 capacity);

/* A zeroed state with room for capacity items, none used */
extern void *growable_alloc(const GrowableLayout *layout, uint32 capacity);

/*
 * A copy of a state with room for capacity items (at least those used):
 * the same header, the used items of each array
 */
extern void *growable_copy(const GrowableLayout *layout, const void *src,
						   uint32 capacity);

/*
 * Makes room for need items: the same state when it has the room, else a
 * copy with twice the capacity (at least need and first, at most limit;
 * the caller has refused a need above limit)
 */
extern void *growable_reserve(const GrowableLayout *layout, void *state,
							  uint64 need, uint32 first, uint32 limit);

/*
 * Whether a state's counts fit its varlena size: used <= capacity <= limit
 * and the size that of capacity items (a state shorter than its header
 * fails, its header unread)
 */
extern bool growable_is_valid(const GrowableLayout *layout, const void *state,
							  uint32 limit);

/*
 * Argument n, a growable state: detoasted, and MAXALIGNed (a copy when it
 * arrives unaligned, as a parallel worker's may; see above)
 */
extern void *growable_getarg(FunctionCallInfo fcinfo, int n);

/* Rejects a call outside an aggregate: "NAME can only be called as the ROLE function of AGGREGATE" */
extern void growable_require_aggregate(FunctionCallInfo fcinfo, const char *name,
									   const char *role, const char *aggregate);

/* The error for a state that fails its checks: "invalid AGGREGATE state" */
extern void growable_invalid(const char *aggregate);

#endif							/* CIRCULAR_ICT_GROWABLE_STATE_H */
