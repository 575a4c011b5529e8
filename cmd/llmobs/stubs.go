package main

import "errors"

func cmdDemo(args []string) error    { return errors.New("not yet") }
func cmdLoadgen(args []string) error { return errors.New("not yet") }
func cmdAlerts(args []string) error  { return errors.New("not yet") }
