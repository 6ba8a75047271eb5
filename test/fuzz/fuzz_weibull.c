/*
 * test/fuzz/fuzz_weibull.c
 *		libFuzzer target of the weibull text parser (src/weibull_parse.c,
 *		which also holds the float8 scanner the lifetable parser uses).
 *
 * The server hands the parser a C string, so the input is copied into a
 * buffer of size + 1 bytes ending at a NUL (an input with a NUL byte in it
 * ends there, as a cstring would).  Properties checked:
 *	- an accepted shape and scale are finite and > 0;
 *	- the canonical text "weibull(shape=K, scale=L)" (what weibull_out
 *	  writes, shortest decimals) parses back to the same float8 bits;
 *	- a refusal has a kind and a detail, NUL-terminated, and valid UTF-8
 *	  when the input is (details quote it).
 */
#include "fuzz_common.h"
#include "weibull_parse.h"
#include "fuzz_parse_error.h"

/* Checks what an accepted value must be, and that its text reads back */
static void
check_accepted(double shape, double scale, const char *input)
{
	char		k[FUZZ_FLOAT_TEXT];
	char		l[FUZZ_FLOAT_TEXT];
	char		text[2 * FUZZ_FLOAT_TEXT + 32];
	char	   *exact;
	double		shape2;
	double		scale2;
	ScanError	err;

	if (!(shape > 0) || isinf(shape) || !(scale > 0) || isinf(scale))
		fuzz_fail(input, "accepted shape %g, scale %g", shape, scale);
	snprintf(text, sizeof(text), "weibull(shape=%s, scale=%s)",
			 fuzz_shortest(shape, k), fuzz_shortest(scale, l));
	exact = fuzz_cstring((const uint8_t *) text, strlen(text));
	if (!weibull_parse(exact, &shape2, &scale2, &err))
		fuzz_fail(input, "canonical text \"%s\" refused: %s", text, err.detail);
	if (!fuzz_same_double(shape, shape2) || !fuzz_same_double(scale, scale2))
		fuzz_fail(input, "canonical text \"%s\" reads back as %.17g, %.17g",
				  text, shape2, scale2);
	free(exact);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = fuzz_cstring(data, size);
	double		shape = -1;
	double		scale = -1;
	ScanError	err;

	if (weibull_parse(input, &shape, &scale, &err))
		check_accepted(shape, scale, input);
	else
		fuzz_check_parse_error(&err, input);
	free(input);
	return 0;
}
