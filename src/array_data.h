/*
 * src/array_data.h
 *		The elements of an array, in place.
 */
#ifndef CIRCULAR_ICT_ARRAY_DATA_H
#define CIRCULAR_ICT_ARRAY_DATA_H

#include "postgres.h"

#include "utils/array.h"

/*
 * The first element of an array: ARR_DATA_PTR, whose conditional mixes the
 * signed dataoffset with the unsigned ARR_OVERHEAD_NONULLS and so trips
 * -Wsign-compare (in the headers of every supported major)
 */
static inline char *
array_data(ArrayType *a)
{
	return (char *) a + (ARR_HASNULL(a) ? (Size) a->dataoffset
						 : ARR_OVERHEAD_NONULLS(ARR_NDIM(a)));
}

#endif							/* CIRCULAR_ICT_ARRAY_DATA_H */
