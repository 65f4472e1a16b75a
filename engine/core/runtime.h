#pragma once

namespace psnn {

/// Prepares the process for fast CPU work; call first thing in every main().
/// OpenMP and OpenBLAS read their settings when the libraries load, so where
/// OMP_WAIT_POLICY, OMP_NUM_THREADS or OPENBLAS_CORETYPE are missing this sets them and
/// re-executes the program once (argv unchanged). OPENBLAS_CORETYPE is chosen from
/// /proc/cpuinfo (SkylakeX with avx512f, Haswell with avx2) and never overrides a value the
/// environment already has. It also keeps large freed blocks in the heap (mallopt) so that
/// simulation does not fault fresh pages in for every block of steps. Returns normally in the re-executed (or already configured) process.
void configureProcess(int argc, char **argv);

/// Sets LibTorch's intra-op threads for the calling thread (OpenMP keeps this per thread) and
/// returns the count used. 0 means all hardware threads.
int useComputeThreads(int threads = 0);

} // namespace psnn
