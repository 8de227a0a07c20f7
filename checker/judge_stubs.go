package checker

// Replaced by the judge branch.

func peopleAgree(p *pass)      {}
func titlesAgree(p *pass)      {}
func quotesAgree(p *pass)      {}
func listsMatchCounts(p *pass) {}
