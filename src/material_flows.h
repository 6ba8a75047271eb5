/*
 * src/material_flows.h
 *		The material_flows type on the server side: a fixed-size value
 *		(five float8, passed by reference) holding the MCI mass flows.
 */
#ifndef CIRCULAR_ICT_MATERIAL_FLOWS_H
#define CIRCULAR_ICT_MATERIAL_FLOWS_H

#include "postgres.h"

#include "fmgr.h"

#include "material_flows_parse.h"

StaticAssertDecl(sizeof(MaterialFlows) == 5 * sizeof(float8),
				 "material_flows is INTERNALLENGTH = 40 in SQL");

#define DatumGetMaterialFlowsP(X)		((MaterialFlows *) DatumGetPointer(X))
#define MaterialFlowsPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_MATERIAL_FLOWS_P(n)	DatumGetMaterialFlowsP(PG_GETARG_DATUM(n))
#define PG_RETURN_MATERIAL_FLOWS_P(x)	return MaterialFlowsPGetDatum(x)

/* Arguments of the constructor material_flows(mass, recycled_in, ...) */
#define MATERIAL_FLOWS_ARGUMENTS 10

extern void material_flows_from_fractions(const float8 *arguments,
										  MaterialFlows *result);
extern double mci_utility_factor(float8 lifetime, float8 lifetime_avg,
								 float8 use, float8 use_avg);
extern double mci_of_flows(const MaterialFlows *flows, float8 utility);

/* SQL-callable, named here for the planner support of mci() */
extern Datum material_flows_make(PG_FUNCTION_ARGS);
extern Datum mci_utility(PG_FUNCTION_ARGS);

#endif							/* CIRCULAR_ICT_MATERIAL_FLOWS_H */
