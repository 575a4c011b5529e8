// Package pricing prices LLM calls.
package pricing

import (
	_ "github.com/llmobs/llmobs/proto/llmobs/v1"
	_ "gopkg.in/yaml.v3"
)
