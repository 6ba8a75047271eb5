/*
 * src/materials.h
 *		The materials type: a sparse map from chemical element to grams.
 *
 * On disk and in memory a value is one varlena:
 *
 *		int32	vl_len_			varlena header
 *		uint16	count			number of elements present (0..118)
 *		uint16	flags			reserved, always 0
 *		float8	grams[count]	masses in grams: finite and > 0
 *		uint8	atomic[count]	their atomic numbers, strictly ascending
 *
 * 9 bytes per element present plus 8 bytes of header.  The form is
 * canonical: elements sorted, no duplicates, no masses of 0 (a mass of 0 is
 * the same as an absent element, so 'Co=0g' = '').  Two equal maps
 * therefore have equal bytes: equality is memcmp and the hash is a hash of
 * the bytes.
 */
#ifndef CIRCULAR_ICT_MATERIALS_H
#define CIRCULAR_ICT_MATERIALS_H

#include "postgres.h"

#include "fmgr.h"

#include "compat.h"
#include "elements.h"

typedef struct Materials
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint16		count;			/* number of elements present */
	uint16		flags;			/* reserved, always 0 */
	float8		grams[FLEXIBLE_ARRAY_MEMBER];	/* then uint8 atomic[count] */
} Materials;

#define MATERIALS_HEADER_SIZE offsetof(Materials, grams)

/* bytes of a value with n elements; n <= ELEMENT_COUNT, so no overflow */
#define MATERIALS_SIZE(n) \
	(MATERIALS_HEADER_SIZE + (Size) (n) * (sizeof(float8) + sizeof(uint8)))

/* the atomic numbers, right after the masses */
#define MATERIALS_ATOMIC(m) ((uint8 *) &(m)->grams[(m)->count])

/* full detoast: the masses must be aligned float8 */
#define DatumGetMaterialsP(x)	((Materials *) PG_DETOAST_DATUM(x))
#define PG_GETARG_MATERIALS_P(n) DatumGetMaterialsP(PG_GETARG_DATUM(n))
#define PG_RETURN_MATERIALS_P(x) PG_RETURN_POINTER(x)

/* a zeroed value of n elements in the current memory context */
extern Materials *materials_alloc(int n);

/*
 * Atomic number of an element named by a function argument (symbol or
 * name); an unknown element is an error (22023)
 */
extern int	materials_argument_element(const char *name, size_t len);

#endif							/* CIRCULAR_ICT_MATERIALS_H */
