#!/usr/bin/env python3
# Writes the records of an NDJSON applicant feed that have a tabular form as CSV (the documented columns of
# docs/wire-formats.md "Tabular feeds", lists joined with ";"), and the same records as NDJSON, for the CSV
# against NDJSON run of docs/benchmarks.md. Usage: to-csv.py FEED.ndjson OUT.ndjson OUT.csv
import json,sys,csv
cols=["nik","familyCardNumber","fullName","birthDate","sex","citizenship","domicile.provinceCode","domicile.regencyCode","workforceCategory","inFormalEducation","occupation","socialAssistance","familySocialAssistance","priorParticipation","otherFamilyRecipients","wave"]
src,nd,cv=sys.argv[1:4]
kept=skipped=0
with open(src,encoding='utf-8',errors='strict') as f, open(nd,'w',encoding='utf-8',newline='\n') as o1, open(cv,'w',encoding='utf-8',newline='') as o2:
    w=csv.writer(o2,lineterminator='\n'); w.writerow(cols)
    for line in f:
        try:
            r=json.loads(line)
        except Exception:
            skipped+=1; continue
        if not isinstance(r,dict) or set(r)-{"nik","familyCardNumber","fullName","birthDate","sex","citizenship","domicile","workforceCategory","inFormalEducation","occupation","socialAssistance","familySocialAssistance","priorParticipation","otherFamilyRecipients","wave"}:
            skipped+=1; continue
        ok=True; row=[]
        for c in cols:
            if c.startswith("domicile."):
                d=r.get("domicile"); v=None if not isinstance(d,dict) else d.get(c.split('.')[1])
            else: v=r.get(c)
            if isinstance(v,list):
                if not all(isinstance(x,str) for x in v): ok=False
                v=";".join(v)
            elif isinstance(v,bool): v="true" if v else "false"
            elif isinstance(v,(dict,float)): ok=False
            elif v is None: v=""
            elif v=="" : ok=False
            row.append(str(v))
        if not ok: skipped+=1; continue
        o1.write(line if line.endswith('\n') else line+'\n'); w.writerow(row); kept+=1
print("kept",kept,"skipped",skipped)
