# Operations (issue 7): refusals of the request limits.
ops-error-rate-limited = Too many requests from this address. Try again in { $seconds } s.
ops-error-overloaded = The server is too busy right now. Try again shortly.
ops-error-timeout = The answer took too long. Please try again.
