package loadgen

// Scenario is what the generator simulates: services, their models, the GPU
// hosts of self-hosted models, and scheduled incidents.
type Scenario struct {
	Services  []ServiceSpec
	Incidents []Incident
}

// ServiceSpec is one instrumented application.
type ServiceSpec struct {
	Name    string
	Version string
	Shape   string  // "chat", "rag" or "agent": which trace shape it produces
	Weight  float64 // share of traces
	Models  []ModelSpec
	// Hosts serve the self-hosted models of this service.
	Hosts []GPUHost
	// Namespace is the Kubernetes namespace of its pods.
	Namespace string
}

// ModelSpec is one model a service calls.
type ModelSpec struct {
	Provider string
	Model    string
	// ResponseModel is the dated snapshot providers answer with.
	ResponseModel string
	Weight        float64
	MedianMS      float64 // log-normal latency median
	Sigma         float64 // log-normal sigma
	TTFTFrac      float64 // TTFT as a fraction of latency, for streamed calls
	InputTokens   int     // mean
	OutputTokens  int     // mean
	CacheReadFrac float64 // share of input tokens served from cache
	Reasoning     bool    // some calls think: reasoning tokens, part of the output tokens
	Streaming     float64 // probability a call streams
	SelfHosted    bool
}

// GPUHost is a machine with GPUs serving self-hosted models.
type GPUHost struct {
	Name string
	// LowercaseLabels makes this host's dcgm-exporter use the `hostname`
	// and `uuid` label spellings instead of `Hostname` and `UUID`.
	LowercaseLabels bool
	GPUs            []GPU
}

// GPU is one device.
type GPU struct {
	Index  string
	UUID   string
	Model  string
	MemMiB float64
}

// Incident changes one series for a part of the run.
type Incident struct {
	Name    string
	Service string
	Model   string // "" = every LLM call of the service
	// StartFrac and EndFrac place it within the run (0..1).
	StartFrac, EndFrac float64
	LatencyMult        float64 // > 0: multiply latency
	ErrorRate          float64 // > 0: error probability
	OutputMult         float64 // > 0: multiply output tokens
}

// Incident names of the default scenario.
const (
	IncidentLatencySpike = "latency_spike"
	IncidentErrorBurst   = "error_burst"
	IncidentCostSpike    = "cost_spike"
)

// DefaultScenario is three services, five models, two GPU hosts and three
// scheduled incidents. Other packages' tests rely on these names.
func DefaultScenario() Scenario {
	h100 := "NVIDIA H100 80GB HBM3"
	return Scenario{
		Services: []ServiceSpec{
			{
				Name: "chat-api", Version: "1.14.2", Shape: "chat", Weight: 0.45, Namespace: "chat",
				Models: []ModelSpec{
					{Provider: "openai", Model: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06", Weight: 0.4, MedianMS: 1500, Sigma: 0.35, TTFTFrac: 0.18, InputTokens: 900, OutputTokens: 320, CacheReadFrac: 0.3, Streaming: 0.8},
					{Provider: "openai", Model: "gpt-4o-mini", ResponseModel: "gpt-4o-mini-2024-07-18", Weight: 0.35, MedianMS: 700, Sigma: 0.3, TTFTFrac: 0.15, InputTokens: 700, OutputTokens: 250, CacheReadFrac: 0.2, Streaming: 0.8},
					{Provider: "anthropic", Model: "claude-sonnet-4-20250514", ResponseModel: "claude-sonnet-4-20250514", Weight: 0.25, MedianMS: 2000, Sigma: 0.35, TTFTFrac: 0.2, InputTokens: 1200, OutputTokens: 400, CacheReadFrac: 0.4, Reasoning: true, Streaming: 0.9},
				},
			},
			{
				Name: "rag-search", Version: "0.9.0", Shape: "rag", Weight: 0.35, Namespace: "search",
				Models: []ModelSpec{
					{Provider: "openai", Model: "gpt-4o-mini", ResponseModel: "gpt-4o-mini-2024-07-18", Weight: 1, MedianMS: 800, Sigma: 0.3, TTFTFrac: 0.15, InputTokens: 2500, OutputTokens: 300, CacheReadFrac: 0.1, Streaming: 0.6},
				},
			},
			{
				Name: "support-agent", Version: "2.3.0", Shape: "agent", Weight: 0.20, Namespace: "agents",
				Models: []ModelSpec{
					{Provider: "vllm", Model: "meta-llama/Llama-3.1-8B-Instruct", ResponseModel: "meta-llama/Llama-3.1-8B-Instruct", Weight: 1, MedianMS: 600, Sigma: 0.3, TTFTFrac: 0.1, InputTokens: 1500, OutputTokens: 220, Streaming: 1, SelfHosted: true},
				},
				Hosts: []GPUHost{
					{Name: "gpu-node-1", GPUs: []GPU{
						{Index: "0", UUID: "GPU-5f2c1a9e-3b7d-4c11-9a0e-1d2b3c4d5e01", Model: h100, MemMiB: 81559},
						{Index: "1", UUID: "GPU-5f2c1a9e-3b7d-4c11-9a0e-1d2b3c4d5e02", Model: h100, MemMiB: 81559},
					}},
					{Name: "gpu-node-2", LowercaseLabels: true, GPUs: []GPU{
						{Index: "0", UUID: "GPU-8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c01", Model: h100, MemMiB: 81559},
						{Index: "1", UUID: "GPU-8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c02", Model: h100, MemMiB: 81559},
					}},
				},
			},
		},
		Incidents: []Incident{
			{Name: IncidentLatencySpike, Service: "chat-api", Model: "gpt-4o", StartFrac: 0.25, EndFrac: 0.40, LatencyMult: 6},
			{Name: IncidentErrorBurst, Service: "rag-search", StartFrac: 0.50, EndFrac: 0.62, ErrorRate: 0.4},
			{Name: IncidentCostSpike, Service: "chat-api", Model: "claude-sonnet-4-20250514", StartFrac: 0.70, EndFrac: 0.85, OutputMult: 10},
		},
	}
}
