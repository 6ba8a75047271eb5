/*
 * src/weibull.h
 *		The weibull type: a Weibull lifetime distribution, shape k > 0 and
 *		scale lambda > 0 in years.  Shared with lifetable_fit.c, which returns
 *		fitted distributions.
 */
#ifndef CIRCULAR_ICT_WEIBULL_H
#define CIRCULAR_ICT_WEIBULL_H

#include "fmgr.h"

/* Fixed-size, passed by reference, double-aligned (16 bytes) */
typedef struct Weibull
{
	float8		shape;
	float8		scale;
} Weibull;

#define DatumGetWeibullP(d)		((Weibull *) DatumGetPointer(d))
#define WeibullPGetDatum(p)		PointerGetDatum(p)
#define PG_GETARG_WEIBULL_P(n)	DatumGetWeibullP(PG_GETARG_DATUM(n))
#define PG_RETURN_WEIBULL_P(p)	return WeibullPGetDatum(p)

/* A palloc'd weibull; the caller checked both parameters */
extern Weibull *weibull_new(double shape, double scale);

#endif							/* CIRCULAR_ICT_WEIBULL_H */
