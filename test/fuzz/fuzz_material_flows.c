/*
 * test/fuzz/fuzz_material_flows.c
 *		libFuzzer target of the material_flows text parser and checks
 *		(src/material_flows_parse.c).
 *
 * The input is a C string in a buffer of size + 1 bytes, as the server
 * gives it.  Properties checked:
 *	- an accepted value passes material_flows_check and holds no -0;
 *	- its canonical text (what material_flows_out writes, shortest
 *	  decimals) parses back to the same float8 bits;
 *	- a refusal has a kind, the message of that kind, a detail, all
 *	  NUL-terminated, and valid UTF-8 when the input is (details quote it).
 */
#include "fuzz_common.h"
#include "material_flows_parse.h"

/* The five flows in the text form's order */
static void
flows_array(const MaterialFlows *f, double v[5])
{
	v[0] = f->mass;
	v[1] = f->virgin;
	v[2] = f->waste;
	v[3] = f->feedstock_loss;
	v[4] = f->recycling_loss;
}

/* Checks what an accepted value must be, and that its text reads back */
static void
check_accepted(const MaterialFlows *flows, const char *input)
{
	static const char *const names[5] = {"mass", "virgin", "waste",
	"feedstock_loss", "recycling_loss"};
	double		v[5];
	double		w[5];
	char		number[5][FUZZ_FLOAT_TEXT];
	char		text[5 * FUZZ_FLOAT_TEXT + 96];
	char	   *exact;
	MaterialFlows again;
	ScanError	err;
	int			i;

	if (!material_flows_check(flows, &err))
		fuzz_fail(input, "accepted a value its checks refuse: %s", err.detail);
	flows_array(flows, v);
	for (i = 0; i < 5; i++)
		if (signbit(v[i]))
			fuzz_fail(input, "%s is %g", names[i], v[i]);
	snprintf(text, sizeof(text),
			 "(mass=%s, virgin=%s, waste=%s, feedstock_loss=%s, recycling_loss=%s)",
			 fuzz_shortest(v[0], number[0]), fuzz_shortest(v[1], number[1]),
			 fuzz_shortest(v[2], number[2]), fuzz_shortest(v[3], number[3]),
			 fuzz_shortest(v[4], number[4]));
	exact = fuzz_cstring((const uint8_t *) text, strlen(text));
	if (!material_flows_parse(exact, &again, &err))
		fuzz_fail(input, "canonical text \"%s\" refused: %s", text, err.detail);
	flows_array(&again, w);
	for (i = 0; i < 5; i++)
		if (!fuzz_same_double(v[i], w[i]))
			fuzz_fail(input, "canonical text \"%s\": %s reads back as %.17g",
					  text, names[i], w[i]);
	free(exact);
}

/* Checks what a refusal must say */
static void
check_error(const ScanError *err, const char *input)
{
	static const char *const messages[] = {
		[SCAN_SYNTAX] = "invalid input syntax for type material_flows",
		[SCAN_OUT_OF_RANGE] = "value out of range for type material_flows",
		[SCAN_INCONSISTENT] = "inconsistent flows for type material_flows",
	};

	if (!fuzz_terminated(err->message, sizeof(err->message)) ||
		!fuzz_terminated(err->detail, sizeof(err->detail)) ||
		!fuzz_terminated(err->hint, sizeof(err->hint)))
		fuzz_fail(input, "unterminated error text");
	if (err->kind != SCAN_SYNTAX && err->kind != SCAN_OUT_OF_RANGE &&
		err->kind != SCAN_INCONSISTENT)
		fuzz_fail(input, "refused with kind %d", (int) err->kind);
	if (strcmp(err->message, messages[err->kind]) != 0)
		fuzz_fail(input, "message \"%s\" for kind %d", err->message, (int) err->kind);
	if (err->detail[0] == '\0')
		fuzz_fail(input, "refused without a detail");
	fuzz_check_utf8(input, strlen(input), "detail", err->detail);
	fuzz_check_utf8(input, strlen(input), "hint", err->hint);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = fuzz_cstring(data, size);
	MaterialFlows flows;
	ScanError	err;

	if (material_flows_parse(input, &flows, &err))
		check_accepted(&flows, input);
	else
		check_error(&err, input);
	free(input);
	return 0;
}
