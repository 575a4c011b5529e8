package main

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/llmobs/llmobs/pkg/auth"
)

// cmdToken makes and hashes bearer tokens for auth.tokens_file:
//
//	llmobs token new -tenant acme -roles ingest   a fresh token, and its file entry (hashed)
//	llmobs token hash [token]                      sha256:<hex> of a token (read from stdin without an argument)
func cmdToken(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: llmobs token new [-tenant t] [-roles ingest,read,search,admin] | llmobs token hash [token]")
	}
	switch args[0] {
	case "new":
		fs := flag.NewFlagSet("llmobs token new", flag.ContinueOnError)
		tenant := fs.String("tenant", auth.DefaultTenant, "tenant the token acts for")
		roles := fs.String("roles", "read", "comma-separated roles: ingest, read, search, admin")
		name := fs.String("name", "", "label of the token in logs")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		var rs []string
		for _, r := range strings.Split(*roles, ",") {
			r = strings.TrimSpace(r)
			if !slices.Contains(auth.Roles, auth.Role(r)) {
				return fmt.Errorf("-roles: %q is not one of %v", r, auth.Roles)
			}
			rs = append(rs, r)
		}
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		tok := "llmobs_" + base64.RawURLEncoding.EncodeToString(b)
		fmt.Fprintf(stdout, "token (give it to the client; it is not stored anywhere):\n  %s\n", tok)
		fmt.Fprintf(stdout, "entry for auth.tokens_file (holds only the hash):\n- token: %q\n  tenant: %s\n  roles: [%s]\n", auth.HashToken(tok), *tenant, strings.Join(rs, ", "))
		if *name != "" {
			fmt.Fprintf(stdout, "  name: %s\n", *name)
		}
		return nil
	case "hash":
		tok := ""
		if len(args) > 1 {
			tok = args[1]
		} else {
			line, err := bufio.NewReader(stdin).ReadString('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			tok = strings.TrimSpace(line)
		}
		if tok == "" {
			return errors.New("no token given (an argument, or a line on stdin)")
		}
		fmt.Fprintln(stdout, auth.HashToken(tok))
		return nil
	}
	return fmt.Errorf("unknown subcommand %q: new or hash", args[0])
}

func runToken(args []string) error { return cmdToken(args, os.Stdin, os.Stdout) }
