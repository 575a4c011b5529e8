//go:build !amd64

package use

const useAVX2 = false

// gemm adds x (n × K) · W (K × N) to out (n × N).
func gemm(out, x []float32, n, K int, W []float32, N int) { gemmAcc(out, x, n, K, W, N) }
