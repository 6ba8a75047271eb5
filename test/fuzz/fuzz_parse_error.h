/*
 * fuzz_parse_error.h: what a refusal of the parsers that leave the message
 * of their ScanError to the server (weibull_parse.h: weibull, lifetable)
 * must say.  Include it after fuzz_common.h and the parser's header.
 */
#ifndef CIRCULAR_ICT_FUZZ_PARSE_ERROR_H
#define CIRCULAR_ICT_FUZZ_PARSE_ERROR_H

/* A known kind, a detail, both texts NUL-terminated and valid UTF-8 when the input is */
static void
fuzz_check_parse_error(const ScanError *err, const char *input)
{
	if (!fuzz_terminated(err->detail, sizeof(err->detail)) ||
		!fuzz_terminated(err->hint, sizeof(err->hint)))
		fuzz_fail(input, "unterminated error text");
	if (err->kind != SCAN_SYNTAX && err->kind != SCAN_INVALID_VALUE &&
		err->kind != SCAN_OUT_OF_RANGE)
		fuzz_fail(input, "refused with kind %d", (int) err->kind);
	if (err->detail[0] == '\0')
		fuzz_fail(input, "refused without a detail");
	fuzz_check_utf8(input, strlen(input), "detail", err->detail);
	fuzz_check_utf8(input, strlen(input), "hint", err->hint);
}

#endif							/* CIRCULAR_ICT_FUZZ_PARSE_ERROR_H */
