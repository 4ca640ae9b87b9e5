using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AerakiGitOps.Benchmarks.CompileBenchmarks).Assembly).Run(args);
