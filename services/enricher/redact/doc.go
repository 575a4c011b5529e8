// Package redact removes PII from prompt and completion text.
package redact

import _ "github.com/llmobs/llmobs/proto/llmobs/v1"
