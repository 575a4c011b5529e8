package main

import "errors"

func cmdAlerts(args []string) error {
	return errors.New("alerts tail: the alerter is not available in this build")
}
