package use

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// tensor is one named weight of the TF.js weights manifest.
type tensor struct {
	shape []int
	f32   []float32 // float32 weights
	i32   []int32   // int32 constants
}

// maxWeightBytes bounds what Load reads (the model is ~28 MB).
const maxWeightBytes = 256 << 20

type manifestGroup struct {
	Paths   []string `json:"paths"`
	Weights []struct {
		Name         string          `json:"name"`
		Shape        []int           `json:"shape"`
		Dtype        string          `json:"dtype"`
		Quantization json.RawMessage `json:"quantization"`
	} `json:"weights"`
}

type modelJSON struct {
	ModelTopology struct {
		Node []struct {
			Name string `json:"name"`
			Op   string `json:"op"`
		} `json:"node"`
	} `json:"modelTopology"`
	WeightsManifest []manifestGroup `json:"weightsManifest"`
}

// readWeights parses model.json's weightsManifest and decodes the little-endian shards in dir
// into named tensors (float32 weights in arena). Shard paths must be plain file names inside dir.
func readWeights(dir string, modelJSONBytes []byte, arena *weightArena) (map[string]*tensor, error) {
	var m modelJSON
	if err := json.Unmarshal(modelJSONBytes, &m); err != nil {
		return nil, fmt.Errorf("use: model.json: %w", err)
	}
	if len(m.WeightsManifest) == 0 {
		return nil, fmt.Errorf("use: model.json: empty weightsManifest")
	}
	out := map[string]*tensor{}
	for gi, g := range m.WeightsManifest {
		var data []byte
		for _, p := range g.Paths {
			if p == "" || filepath.Base(p) != p || strings.HasPrefix(p, ".") {
				return nil, fmt.Errorf("use: model.json: weight shard path %q is not a plain file name", p)
			}
			b, err := os.ReadFile(filepath.Join(dir, p))
			if err != nil {
				return nil, fmt.Errorf("use: weight shard: %w", err)
			}
			if len(data)+len(b) > maxWeightBytes {
				return nil, fmt.Errorf("use: weight shards exceed %d bytes", maxWeightBytes)
			}
			data = append(data, b...)
		}
		off := 0
		for _, w := range g.Weights {
			if len(w.Quantization) > 0 && string(w.Quantization) != "null" {
				return nil, fmt.Errorf("use: weight %q is quantized; only float32/int32 weights are supported", w.Name)
			}
			n := 1
			for _, d := range w.Shape {
				if d < 0 || d > maxWeightBytes/4 || n*max(d, 1) > maxWeightBytes/4 {
					return nil, fmt.Errorf("use: weight %q: bad shape %v", w.Name, w.Shape)
				}
				n *= d
			}
			if off+4*n > len(data) {
				return nil, fmt.Errorf("use: weight group %d: %q needs bytes [%d,%d) but the shards hold %d", gi, w.Name, off, off+4*n, len(data))
			}
			t := &tensor{shape: append([]int(nil), w.Shape...)}
			raw := data[off : off+4*n]
			switch w.Dtype {
			case "float32":
				t.f32 = arena.f32(n)
				for i := range t.f32 {
					t.f32[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
				}
			case "int32":
				t.i32 = make([]int32, n)
				for i := range t.i32 {
					t.i32[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
				}
			default:
				return nil, fmt.Errorf("use: weight %q: unsupported dtype %q", w.Name, w.Dtype)
			}
			off += 4 * n
			out[w.Name] = t
		}
		if off != len(data) {
			return nil, fmt.Errorf("use: weight group %d: %d bytes in shards, manifest describes %d", gi, len(data), off)
		}
	}
	return out, nil
}

// weightSet looks weights up by name suffix and remembers the first error.
type weightSet struct {
	all map[string]*tensor
	err error
}

// f32 returns the float32 weight whose name ends with suffix, checking its element count.
func (ws *weightSet) f32(suffix string, shape ...int) []float32 {
	if ws.err != nil {
		return nil
	}
	var found *tensor
	var name string
	for k, t := range ws.all {
		if strings.HasSuffix(k, suffix) {
			if found != nil {
				ws.err = fmt.Errorf("use: weight suffix %q is ambiguous (%q, %q)", suffix, name, k)
				return nil
			}
			found, name = t, k
		}
	}
	if found == nil {
		ws.err = fmt.Errorf("use: weight %q missing from the manifest", suffix)
		return nil
	}
	want := 1
	for _, d := range shape {
		want *= d
	}
	if found.f32 == nil || len(found.f32) != want {
		ws.err = fmt.Errorf("use: weight %q: shape %v, want %v float32", name, found.shape, shape)
		return nil
	}
	return found.f32
}
