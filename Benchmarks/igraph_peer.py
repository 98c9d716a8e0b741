#!/usr/bin/env python3
"""The igraph peer of citegraph-bench: times igraph on the very graphs the benchmark generated.

Reads edge lists written by citegraph-bench ("source target" per line, 0-based node ids) and prints
one JSON object with the seconds of each timed run. Run by the benchmark; by hand:

    python3 Benchmarks/igraph_peer.py --graph edges.txt --nodes 100000 --runs 5
"""
import argparse
import json
import sys
import time


def timed(work, runs):
    """Seconds of `runs` timed calls of `work`, after one untimed warm-up call."""
    work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def load(igraph, path, nodes):
    graph = igraph.Graph.Read_Edgelist(path, directed=True)
    if graph.vcount() < nodes:
        graph.add_vertices(nodes - graph.vcount())
    return graph


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", help="edge list of the large graph: load, PageRank, SCC")
    parser.add_argument("--nodes", type=int, default=0, help="node count of --graph")
    parser.add_argument("--betweenness", help="edge list of the graph for exact betweenness")
    parser.add_argument("--betweenness-nodes", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    try:
        import igraph
    except ImportError:
        print(json.dumps({"error": "python-igraph is not installed (pip install igraph)"}))
        return 0
    out = {"igraph": igraph.__version__, "python": sys.version.split()[0]}
    if args.graph:
        out["load"] = timed(lambda: load(igraph, args.graph, args.nodes), args.runs)
        graph = load(igraph, args.graph, args.nodes)
        # PRPACK, igraph's default, solves the PageRank system to 1e-10.
        out["pagerank"] = timed(lambda: graph.pagerank(damping=0.85, directed=True), args.runs)
        out["scc"] = timed(lambda: graph.connected_components(mode="strong"), args.runs)
    if args.betweenness:
        small = load(igraph, args.betweenness, args.betweenness_nodes)
        out["betweenness"] = timed(lambda: small.betweenness(directed=True), max(1, min(args.runs, 3)))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
