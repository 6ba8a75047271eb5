/*
 * src/circular_ict.c
 *		Module entry point and the version of the compiled library.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "compat.h"

#ifndef CIRCULAR_ICT_VERSION
#error "CIRCULAR_ICT_VERSION must be defined by the Makefile"
#endif

CIRCULAR_ICT_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(circular_ict_version);

/*
 * The version compiled into the shared library (may differ from the SQL
 * objects' version until ALTER EXTENSION ... UPDATE has run)
 */
Datum
circular_ict_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(CIRCULAR_ICT_VERSION));
}
