/*
 * src/material_flows_parse.h
 *		The material_flows value, its text parser and its consistency
 *		checks, in plain C: no server headers, so that a fuzzer can link
 *		them alone.
 */
#ifndef CIRCULAR_ICT_MATERIAL_FLOWS_PARSE_H
#define CIRCULAR_ICT_MATERIAL_FLOWS_PARSE_H

#include <stdbool.h>

#include "scan.h"

/*
 * The additive mass flows of the Material Circularity Indicator (Ellen
 * MacArthur Foundation / Granta 2015, with the 2019 terms) of one product,
 * component or portfolio, in any one mass unit.  The 2019 biological terms
 * (F_S, C_C, C_E) only lower V and W0, so these five flows are all the
 * Linear Flow Index needs, and they add across parts.
 */
typedef struct MaterialFlows
{
	double		mass;			/* M */
	double		virgin;			/* V: virgin feedstock */
	double		waste;			/* W0: unrecoverable waste of the product */
	double		feedstock_loss; /* W_F: loss producing the recycled feedstock */
	double		recycling_loss; /* W_C: loss recycling the collected product */
} MaterialFlows;

/* How far W0 + W_C may exceed M, relative to M: rounding of sums only */
#define MATERIAL_FLOWS_TOLERANCE 1e-6

/*
 * Errors come back in a ScanError (scan.h), with the message without the
 * input: SCAN_SYNTAX for text that is not the type's text form,
 * SCAN_OUT_OF_RANGE for a flow not finite, negative, or a mass of 0, and
 * SCAN_INCONSISTENT for flows that no set of fractions can give.
 */
extern bool material_flows_parse(const char *text, MaterialFlows *result,
								 ScanError *error);
extern bool material_flows_check(const MaterialFlows *flows,
								 ScanError *error);
extern void material_flows_normalize(MaterialFlows *flows);

#endif							/* CIRCULAR_ICT_MATERIAL_FLOWS_PARSE_H */
