#!/usr/bin/perl
# plans.pl PORT <plan-queries: EXPLAIN (FORMAT JSON) of each query on the
# Citus coordinator, and what its plan must show (test/citus/plan-queries):
#  workers  the asset table is read on the workers only (no scan of asset
#           itself on the coordinator), by more than one task, and a task's
#           plan aggregates its shard's rows (partial aggregation there);
#  router   one task: the query goes to the one shard of its organisation;
#  each     (a report whose organisation_id NULL means every organisation)
#           its function runs the query once per organisation, and the
#           query of the organisation given is one task.
# A query "report FUNCTION(SIGNATURE) ARGUMENTS" stands for the query that
# PL/pgSQL report function runs on the cluster (distribute() made it so):
# the query of its RETURN QUERY, the arguments (separated by |) in place of
# its parameters $1, $2 ...
use strict;
use warnings;
use JSON::PP;

my $port = shift or die "usage: plans.pl PORT";
my $fail = 0;
my $n = 0;
while (my $line = <STDIN>) {
	chomp $line;
	next if $line =~ /^\s*(#|$)/;
	my ($name, $want, $query) = split /\|/, $line, 3;
	$n++;
	if ($query =~ /^report (\S+\)) (.*)$/) {
		my ($fn, @args) = ($1, split /\|/, $2);
		(my $quoted = $fn) =~ s/'/''/g;
		open(my $t, '-|', 'psql', '-X', '-q', '-At', '-h', '/tmp', '-p', $port, '-U', 'postgres',
			 '-c', "SELECT prosrc FROM pg_proc WHERE oid = 'circular_ict.$quoted'::regprocedure")
			or die "psql: $!";
		my $src = do { local $/; <$t> };
		close $t;
		if (!$src || $src !~ /RETURN QUERY (.*?);\s*(?:RETURN;|END\s*$)/s) {
			print "FAIL plan of $name: $fn is not a PL/pgSQL report (distribute() rewrites it)\n";
			$fail++;
			next;
		}
		$query = $1;
		# "each": organisation_id NULL runs the query once per organisation
		if ($want eq 'each' && $src !~ /\bFOR circular_ict_organisation IN SELECT o\.id FROM circular_ict\.organisation o ORDER BY o\.id LOOP\s*\$\d+ := circular_ict_organisation;\s*RETURN QUERY \Q$query\E;\s*END LOOP;/s) {
			print "FAIL plan of $name: $fn does not run its query once per organisation when organisation_id is NULL\n";
			$fail++;
			next;
		}
		$query =~ s/\$(\d+)(?!\d)/$args[$1 - 1]/g;
	}
	open(my $p, '-|', 'psql', '-X', '-q', '-At', '-h', '/tmp', '-p', $port, '-U', 'postgres',
		 '-c', 'SET search_path = circular_ict, public', '-c', "EXPLAIN (FORMAT JSON, VERBOSE) $query")
		or die "psql: $!";
	my $text = do { local $/; <$p> };
	close $p;
	if (!$text || $? != 0) { print "FAIL plan of $name: EXPLAIN failed\n"; $fail++; next; }
	my $plan = decode_json($text)->[0]{Plan};
	# walk the plan: the coordinator's nodes, and every task's remote plan
	my (@tasks, @local_asset, @remote);
	my $walk;
	$walk = sub {
		my ($node, $remote) = @_;
		return unless ref $node eq 'HASH';
		if (($node->{'Relation Name'} // '') =~ /^asset(_\d+)?$/) {
			if ($remote) { push @remote, $node->{'Relation Name'}; }
			elsif ($node->{'Relation Name'} eq 'asset') { push @local_asset, 1; }
		}
		if (my $dq = $node->{'Distributed Query'}) {
			my $job = $dq->{Job};
			push @tasks, { count => $job->{'Task Count'}, plan => $job };
			for my $t (@{ $job->{Tasks} // [] }) {
				for my $rp (@{ $t->{'Remote Plan'} // [] }) {
					$walk->($_->{Plan}, 1) for (ref $rp eq 'ARRAY' ? @$rp : ($rp));
				}
			}
			# subplans (recursive planning) run as distributed queries of their own
			for my $sp (@{ $dq->{Subplans} // [] }) {
				$walk->($_->{Plan}, $remote) for @{ $sp->{PlannedStmt} // [] };
			}
		}
		for my $k (keys %$node) {
			next if $k eq 'Distributed Query';
			my $v = $node->{$k};
			if (ref $v eq 'ARRAY') { $walk->($_, $remote) for @$v; }
			elsif (ref $v eq 'HASH') { $walk->($v, $remote); }
		}
	};
	$walk->($plan, 0);
	my $remote_aggregate = $text =~ /"Node Type": "Aggregate"/ && @remote;
	my @why;
	if (@local_asset) { push @why, 'the coordinator scans asset itself (a local, empty table)'; }
	if (!@remote) { push @why, 'no task scans a shard of asset'; }
	my ($max) = sort { $b <=> $a } map { $_->{count} // 0 } @tasks;
	$max //= 0;
	if ($want eq 'workers') {
		push @why, "the asset scan runs in $max task(s), not on every shard" if $max < 2;
		# a task's remote plan must aggregate (partial aggregation on the worker)
		my $agg = 0;
		for my $t (@tasks) {
			my $j = encode_json($t->{plan});
			$agg = 1 if $j =~ /"Node Type":"Aggregate"/ && $j =~ /"Relation Name":"asset_\d+"/;
		}
		push @why, 'no task aggregates its shard (rows pulled to the coordinator)' unless $agg;
		# and no job (a subplan included) reads the assets' rows of a shard
		# without aggregating them: its rows would cross to the coordinator
		my $pulls = 0;
		for my $t (@tasks) {
			for my $task (@{ $t->{plan}{Tasks} // [] }) {
				my $j = encode_json($task);
				$pulls++ if $j =~ /"Relation Name":"asset_\d+"/ && $j !~ /"Node Type":"Aggregate"/;
			}
		}
		push @why, "$pulls task(s) read a shard of asset without aggregating it (its rows pulled to the coordinator)" if $pulls;
	} elsif ($want eq 'router' || $want eq 'each') {
		my @asset_tasks = grep { encode_json($_->{plan}) =~ /"Relation Name":"asset_\d+"/ } @tasks;
		my ($c) = map { $_->{count} } @asset_tasks;
		push @why, sprintf('the asset scan runs in %s tasks, not one', $c // 'no') unless defined $c && $c == 1;
	}
	if (@why) { print "FAIL plan of $name ($want): ", join('; ', @why), "\n"; $fail++; }
	else { printf "ok   plan of %s: %s (%d task(s))\n", $name, $want, $max; }
}
exit($fail ? 1 : 0);
