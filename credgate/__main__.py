from credgate.main import main

raise SystemExit(main())
