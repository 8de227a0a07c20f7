package dsl

// Inspect calls fn for every node of the tree under n, parents before
// children, with the node's parent (nil for n itself).
func Inspect(n Node, fn func(parent, n Node)) {
	inspect(nil, n, fn)
}

func inspect(parent, n Node, fn func(parent, n Node)) {
	fn(parent, n)
	for _, c := range children(n) {
		inspect(n, c, fn)
	}
}

// children returns n's child nodes in source order.
func children(n Node) []Node {
	var out []Node
	add := func(ns ...Node) { out = append(out, ns...) }
	strs := func(ss []*String) {
		for _, s := range ss {
			add(s)
		}
	}
	switch n := n.(type) {
	case *File:
		for _, d := range n.Decls {
			add(d)
		}
	case *IncludeDecl:
		add(n.Path)
	case *CorpusDecl:
		strs(n.Globs)
	case *ApproximateDecl:
		add(n.Percent)
	case *ReferenceDecl:
		for _, e := range n.Entries {
			add(e)
		}
	case *PersonEntry:
		add(n.Name)
		if n.Title != nil {
			add(n.Title)
		}
		strs(n.Aliases)
	case *PreferEntry:
		add(n.Preferred)
		strs(n.Over)
	case *FactDecl:
		add(n.Name, n.Selector)
	case *Selector:
		add(n.Kind)
		strs(n.Nouns)
		if n.Where != nil {
			add(n.Where)
		}
	case *BinaryExpr:
		add(n.X, n.Y)
	case *NotExpr:
		add(n.X)
	case *ParenExpr:
		add(n.X)
	case *HasExpr:
		add(n.Scope)
		strs(n.Words)
	case *MatchExpr:
		add(n.Scope)
		if n.Regexp != nil {
			add(n.Regexp)
		} else {
			add(n.Glob)
		}
	case *NearExpr:
		strs(n.Words)
		add(n.Within)
	case *SpeakerExpr:
		add(n.Name)
	case *RuleDecl:
		add(n.Title)
		for _, it := range n.Items {
			add(it)
		}
	case *ExpectClause:
		add(n.Subject)
		if n.Other != nil {
			add(n.Other)
		}
		for _, a := range n.Args {
			add(a)
		}
		if n.Within != nil {
			add(n.Within)
		}
	case *SeverityClause:
		add(n.Level)
	case *MessageClause:
		add(n.Text)
	case *IgnoreClause:
		if n.Source != nil {
			add(n.Source)
		}
		if n.Text != nil {
			add(n.Text)
		}
		add(n.Reason)
	}
	return out
}
