/*
 * src/growable_state.c
 *		The aggregate state grown in place (growable_state.h): allocation,
 *		growth, the checks of a state that comes in as an argument, and its
 *		alignment.
 */
#include "postgres.h"

#include "fmgr.h"

#include "compat.h"
#include "growable_state.h"

/* The varlena size of a state with room for capacity items */
Size
growable_size(const GrowableLayout *layout, uint32 capacity)
{
	Size		size = layout->header;

	for (int i = 0; i < layout->narrays; i++)
		size += (Size) capacity * layout->width[i];
	return size;
}

/* A zeroed state with room for capacity items, none used */
void *
growable_alloc(const GrowableLayout *layout, uint32 capacity)
{
	Size		size = growable_size(layout, capacity);

	/* zeroed: the unused items travel with the state when it is copied */
	char	   *state = palloc0(size);

	Assert(layout->header == MAXALIGN(layout->header));
	SET_VARSIZE(state, size);
	*(uint32 *) (state + layout->capacity_at) = capacity;
	return state;
}

/*
 * A copy of a state with room for capacity items (at least those used):
 * the same header, the used items of each array
 */
void *
growable_copy(const GrowableLayout *layout, const void *src, uint32 capacity)
{
	uint32		used = growable_used(layout, src);
	uint32		src_capacity = growable_capacity(layout, src);
	char	   *state = growable_alloc(layout, capacity);
	const char *from = (const char *) src + layout->header;
	char	   *to = state + layout->header;

	Assert(capacity >= used);
	/* the header but its varlena size and capacity */
	memcpy(state + VARHDRSZ, (const char *) src + VARHDRSZ, layout->header - VARHDRSZ);
	*(uint32 *) (state + layout->capacity_at) = capacity;
	for (int i = 0; i < layout->narrays; i++)
	{
		memcpy(to, from, (Size) used * layout->width[i]);
		from += (Size) src_capacity * layout->width[i];
		to += (Size) capacity * layout->width[i];
	}
	return state;
}

/*
 * Makes room for need items: the same state when it has the room, else a
 * copy with twice the capacity (at least need and first, at most limit;
 * the caller has refused a need above limit)
 */
void *
growable_reserve(const GrowableLayout *layout, void *state, uint64 need,
				 uint32 first, uint32 limit)
{
	uint64		capacity = growable_capacity(layout, state);

	Assert(need <= limit);
	if (need <= capacity)
		return state;
	capacity = Max(Max(2 * capacity, need), (uint64) first);
	return growable_copy(layout, state, (uint32) Min(capacity, (uint64) limit));
}

/*
 * Whether a state's counts fit its varlena size: used <= capacity <= limit
 * and the size that of capacity items (a state shorter than its header
 * fails, its header unread)
 */
bool
growable_is_valid(const GrowableLayout *layout, const void *state, uint32 limit)
{
	uint32		capacity;

	if (VARSIZE(state) < layout->header)
		return false;
	capacity = growable_capacity(layout, state);
	return growable_used(layout, state) <= capacity && capacity <= limit &&
		VARSIZE(state) == growable_size(layout, capacity);
}

/*
 * Argument n, a growable state: detoasted, and MAXALIGNed (a copy when it
 * arrives unaligned, as a parallel worker's may: growable_state.h)
 */
void *
growable_getarg(FunctionCallInfo fcinfo, int n)
{
	struct varlena *state = PG_DETOAST_DATUM(PG_GETARG_DATUM(n));
	struct varlena *copy;

	if ((uintptr_t) state % MAXIMUM_ALIGNOF == 0)
		return state;
	copy = palloc(VARSIZE(state));
	memcpy(copy, state, VARSIZE(state));
	return copy;
}

/* Rejects a call outside an aggregate: "NAME can only be called as the ROLE function of AGGREGATE" */
void
growable_require_aggregate(FunctionCallInfo fcinfo, const char *name, const char *role,
						   const char *aggregate)
{
	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s can only be called as the %s function of %s", name, role, aggregate)));
}

/* The error for a state that fails its checks: "invalid AGGREGATE state" */
void
growable_invalid(const char *aggregate)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s state", aggregate)));
}
