/*
 * src/compat.h
 *		Every difference between the supported PostgreSQL majors (15, 17, 18).
 *
 * Nothing else in the extension tests PG_VERSION_NUM: code that needs a
 * version-specific header or API includes this file instead.
 */
#ifndef CIRCULAR_ICT_COMPAT_H
#define CIRCULAR_ICT_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000
#error "circular_ict needs PostgreSQL 15 or later"
#endif

/* VARSIZE and friends moved out of postgres.h in 16 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * Soft input errors (pg_input_is_valid, COPY ... ON_ERROR) exist from 16.
 * Before that, ereturn() is a plain ereport(ERROR) and never returns.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
#define ereturn(context, dummy_value, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#define SOFT_ERROR_OCCURRED(escontext) false
#endif

/* Module magic: 18 records the name and version in the library */
#if PG_VERSION_NUM >= 180000
#define CIRCULAR_ICT_MODULE_MAGIC \
	PG_MODULE_MAGIC_EXT(.name = "circular_ict", .version = CIRCULAR_ICT_VERSION)
#else
#define CIRCULAR_ICT_MODULE_MAGIC PG_MODULE_MAGIC
#endif

#endif							/* CIRCULAR_ICT_COMPAT_H */
