/*
 * test/memcheck/memcheck_canary.c
 *		Two deliberate bugs, built with the sanitizers and called once by
 *		test/checks/memcheck after the regression suite, to prove that the
 *		preloaded runtimes report from inside the server and that the check
 *		finds their reports: a read one byte past a palloc'd chunk that has
 *		a malloc block of its own (ASan), and a shift by more than the width
 *		of an int (UBSan).  Not part of the extension.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(memcheck_canary);

/* memcheck_canary(n int) -> int: reads chunk[n] of a 16 kB chunk, shifts 1 by n */
Datum
memcheck_canary(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);
	volatile char *chunk = palloc0(16384);
	int32		byte = chunk[16384 + n - 40];

	PG_RETURN_INT32(byte + (1 << n));
}
