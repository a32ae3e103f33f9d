import os, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib, gen_pos, gen_neg
if os.path.exists(lib.ROOT):
    shutil.rmtree(lib.ROOT)
gen_pos.run()
gen_neg.run()
lib.save_labels()
