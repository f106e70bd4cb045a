import { Card, CardBody } from '@/components/ui/card'
import type { EmployeesText } from './employees-text'

/** How an employee joins: the director passes on the code that arrives at the company's email. */
export function JoinHelp({ text }: { text: EmployeesText }) {
  return (
    <Card>
      <CardBody className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{text.joinTitle}</h2>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          {text.joinSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p className="text-sm text-slate-600">{text.joinNote}</p>
      </CardBody>
    </Card>
  )
}
