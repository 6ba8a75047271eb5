#!/usr/bin/perl
# scaling.pl SINGLE_PORT CLUSTER_PORT RUNS ASSETS <plan-queries: where the
# time of each "workers" query of test/citus/plan-queries goes, for the
# scaling model of doc/citus.md.  Each query runs RUNS times under
# EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) on both nodes; of the median
# run (by its execution time) it prints
#   single   the single node's execution time;
#   cluster  the coordinator's, Citus as configured;
#   T1       the coordinator's with one connection per worker
#            (citus.max_adaptive_executor_pool_size = 1), so that each
#            worker runs its tasks one after another and a task's time is
#            its own work, not a share of the cores;
#   S        the sum of the tasks' execution times in that run: the work
#            done on the shards, which more workers divide;
#   M        the busiest worker's share of S (its tasks ran in turn);
#   C        T1 - M: what the coordinator adds (planning, sending the
#            tasks, receiving and combining the partial results), which
#            more workers do not divide;
#   f        S / (S + C): the fraction of the work that runs on the shards;
#   overlap  (S + C) / T1: how much of it ran at the same time (1: none;
#            2: both workers busy all the time);
#   us/asset S per asset in microseconds.
# A query "report F(SIG) ARGS" is the query of the PL/pgSQL report F on the
# cluster (as in plans.pl); the single node runs the same text.
use strict;
use warnings;
use JSON::PP;

my ($single, $cluster, $runs, $assets) = @ARGV;
die "usage: scaling.pl SINGLE_PORT CLUSTER_PORT RUNS ASSETS\n" unless $assets;

sub psql {
	my ($port, @cmds) = @_;
	# (a query that fails is shown as such; its error is not)
	open(my $saved, '>&', \*STDERR) or die "dup: $!";
	open(STDERR, '>', '/dev/null') or die "/dev/null: $!";
	open(my $p, '-|', 'psql', '-X', '-q', '-At', '-h', '/tmp', '-p', $port, '-U', 'postgres',
		 map { ('-c', $_) } @cmds) or die "psql: $!";
	my $out = do { local $/; <$p> };
	close $p;
	open(STDERR, '>&', $saved) or die "dup: $!";
	return $? == 0 ? $out : undef;
}

# one EXPLAIN ANALYZE: (execution ms, sum of task ms, busiest node's task ms)
sub measure {
	my ($port, $query, @settings) = @_;
	my $text = psql($port, 'SET search_path = circular_ict, public', 'SET citus.explain_all_tasks = on',
					@settings, "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $query");
	return undef unless $text;
	my $top = decode_json($text)->[0];
	my %node;
	my $walk;
	$walk = sub {
		my ($n) = @_;
		if (ref $n eq 'ARRAY') { $walk->($_) for @$n; return; }
		return unless ref $n eq 'HASH';
		if (my $dq = $n->{'Distributed Query'}) {
			for my $t (@{ $dq->{Job}{Tasks} // [] }) {
				for my $rp (@{ $t->{'Remote Plan'} // [] }) {
					for my $r (ref $rp eq 'ARRAY' ? @$rp : ($rp)) {
						$node{ $t->{Node} // '?' } += $r->{'Execution Time'} // 0;
						$walk->($r->{Plan});
					}
				}
			}
			for my $sp (@{ $dq->{Subplans} // [] }) {
				$walk->($_->{Plan}) for @{ $sp->{PlannedStmt} // [] };
			}
		}
		for my $k (keys %$n) {
			next if $k eq 'Distributed Query';
			$walk->($n->{$k}) if ref $n->{$k};
		}
	};
	$walk->($top->{Plan});
	my ($s, $m) = (0, 0);
	for (values %node) { $s += $_; $m = $_ if $_ > $m; }
	return [$top->{'Execution Time'}, $s, $m];
}

sub median_run {
	my @r = sort { $a->[0] <=> $b->[0] } grep { defined } @_;
	return @r ? $r[$#r / 2] : undef;
}

printf "%-28s %10s %10s %10s %10s %10s %10s %6s %8s %9s\n",
	'query', 'single ms', 'cluster ms', 'T1 ms', 'S ms', 'M ms', 'C ms', 'f', 'overlap', 'us/asset';
my @sum = (0) x 6;
while (my $line = <STDIN>) {
	chomp $line;
	next if $line =~ /^\s*(#|$)/;
	my ($name, $want, $query) = split /\|/, $line, 3;
	next unless $want eq 'workers';
	if ($query =~ /^report (\S+\)) (.*)$/) {
		my ($fn, @args) = ($1, split /\|/, $2);
		(my $quoted = $fn) =~ s/'/''/g;
		my $src = psql($cluster, "SELECT prosrc FROM pg_proc WHERE oid = 'circular_ict.$quoted'::regprocedure");
		die "scaling.pl: $fn is not a PL/pgSQL report on the cluster\n"
			unless $src && $src =~ /RETURN QUERY (.*?);\s*(?:RETURN;|END\s*$)/s;
		$query = $1;
		$query =~ s/\$(\d+)(?!\d)/$args[$1 - 1]/g;
	}
	my (@one, @many, @serial);
	for (1 .. $runs) {
		push @one, measure($single, $query);
		push @many, measure($cluster, $query);
		push @serial, measure($cluster, $query, 'SET citus.max_adaptive_executor_pool_size = 1');
	}
	my ($o, $c, $p) = (median_run(@one), median_run(@many), median_run(@serial));
	unless ($o && $c && $p) {
		printf "%-28s %s\n", $name, join(', ', map { $_->[0] } grep { !$_->[1] }
			(['single', $o], ['cluster', $c], ['T1', $p])) . ': EXPLAIN ANALYZE fails';
		next;
	}
	my ($t1, $s, $m) = @$p;
	my $coord = $t1 - $m;
	printf "%-28s %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %6.3f %8.2f %9.2f\n", substr($name, 0, 28),
		$o->[0], $c->[0], $t1, $s, $m, $coord, $s / ($s + ($coord > 0 ? $coord : 0)),
		($s + ($coord > 0 ? $coord : 0)) / $t1, 1000 * $s / $assets;
	my @add = ($o->[0], $c->[0], $t1, $s, $m, $coord);
	$sum[$_] += $add[$_] for 0 .. 5;
}
my $coord = $sum[5] > 0 ? $sum[5] : 0;
printf "%-28s %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f %6.3f %8.2f %9.2f\n", 'all of them',
	@sum, $sum[3] / ($sum[3] + $coord), ($sum[3] + $coord) / $sum[2], 1000 * $sum[3] / $assets;
