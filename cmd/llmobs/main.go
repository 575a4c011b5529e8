// Command llmobs is the all-in-one binary: every llmobs service in one
// process with an embedded Kafka (`llmobs up`), the synthetic traffic
// generator (`llmobs loadgen`), both together (`llmobs demo`), and tools
// (`llmobs alerts tail`).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

const usage = `llmobs: streaming observability for LLM applications

Usage:
  llmobs up       [flags]   run every service in one process, with an embedded Kafka
  llmobs demo     [flags]   up + loadgen with the default scenario, then a summary
  llmobs loadgen  [flags]   publish synthetic OTLP traffic to Kafka
  llmobs alerts tail [flags] watch the alert topic
  llmobs console  [flags]   the web console against a deployment's services (compose)
  llmobs topics   [flags]   create DESIGN's topics on a cluster and exit
  llmobs kafka    [flags]   serve the embedded Kafka broker alone (for services run as processes)
  llmobs models   [flags]   fetch the built-in sentence encoder's weights (once; the demo does it itself)
  llmobs healthcheck [url]  exit 0 when the admin /readyz answers (for containers)
  llmobs token new|hash     make a bearer token for auth.tokens_file, or hash one
  llmobs certs    [flags]   write a private CA and a server certificate (for tls.cert_file)
  llmobs help <command>     flags of a command

Configuration: defaults, then -config.file (YAML), then LLMOBS_* environment
variables (flag name upper-cased, dots and dashes as underscores), then flags.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmd, args := os.Args[1], os.Args[2:]
	var err error
	switch cmd {
	case "up":
		err = cmdUp(args)
	case "demo":
		err = cmdDemo(args)
	case "loadgen":
		err = cmdLoadgen(args)
	case "alerts":
		err = cmdAlerts(args)
	case "topics":
		err = cmdTopics(args)
	case "kafka":
		err = cmdKafka(args)
	case "console":
		err = cmdConsole(args)
	case "models":
		err = cmdModels(args)
	case "healthcheck":
		err = cmdHealthcheck(args)
	case "token":
		err = runToken(args)
	case "certs":
		err = cmdCerts(args)
	case "help", "-h", "-help", "--help":
		if len(args) > 0 {
			os.Args = []string{os.Args[0], args[0], "-h"}
			main()
			return
		}
		fmt.Print(usage)
		return
	default:
		fmt.Fprintf(os.Stderr, "llmobs: unknown command %q\n\n%s", cmd, usage)
		os.Exit(2)
	}
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "llmobs %s: %v\n", cmd, err)
		os.Exit(1)
	}
}
